import { SystemClock } from './clock';

describe('SystemClock', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the day in Wales, and the next day within a second of midnight', () => {
    jest.useFakeTimers({ now: new Date('2026-03-31T22:59:59.500Z') }); // 23:59:59.5 BST
    const clock = new SystemClock();
    expect(clock.today()).toBe('2026-03-31');
    jest.setSystemTime(new Date('2026-03-31T23:00:00.200Z'));
    expect(clock.today()).toBe('2026-03-31'); // worked out less than a second ago
    jest.setSystemTime(new Date('2026-03-31T23:00:00.600Z'));
    expect(clock.today()).toBe('2026-04-01');
  });
});
