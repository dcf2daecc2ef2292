import { RequestsInFlight } from './requests-in-flight';

const isSettled = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('RequestsInFlight', () => {
  it('is settled at once when nothing is in flight', async () => {
    expect(await isSettled(new RequestsInFlight().settled())).toBe(true);
  });

  it('settles when the last request in flight ends, each counted out once', async () => {
    const inFlight = new RequestsInFlight();
    const endFirst = inFlight.begin();
    const endSecond = inFlight.begin();
    const settled = inFlight.settled();

    endFirst();
    endFirst();
    expect(await isSettled(settled)).toBe(false);
    endSecond();
    expect(await isSettled(settled)).toBe(true);
  });
});
