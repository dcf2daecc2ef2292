import { sqlParameters } from './sql-parameters';

describe('sqlParameters', () => {
  it('numbers parameters from the first given', () => {
    expect(sqlParameters(1, 3)).toBe('$1, $2, $3');
    expect(sqlParameters(17, 2)).toBe('$17, $18');
    expect(sqlParameters(4, 0)).toBe('');
  });
});
