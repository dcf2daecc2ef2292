import {
  ACTION_REFERENCE_PATTERN,
  compareReferences,
  referenceAreaNumber,
} from './action-reference';

describe('action references', () => {
  it('accepts dotted numbers that start with an area number', () => {
    expect(ACTION_REFERENCE_PATTERN.test('3.2')).toBe(true);
    expect(ACTION_REFERENCE_PATTERN.test('7.12.1')).toBe(true);
    expect(ACTION_REFERENCE_PATTERN.test('8.1')).toBe(false);
    expect(ACTION_REFERENCE_PATTERN.test('3')).toBe(false);
    expect(ACTION_REFERENCE_PATTERN.test("3.2'; DROP TABLE action;--")).toBe(false);
  });

  it('sorts naturally rather than as text', () => {
    expect(['3.10', '3.2', '1.1', '3.2.1'].sort(compareReferences)).toEqual([
      '1.1',
      '3.2',
      '3.2.1',
      '3.10',
    ]);
    expect(referenceAreaNumber('6.4')).toBe(6);
  });

  it('compares like their numbers, part by part, a prefix first', () => {
    const sign = (a: string, b: string) => Math.sign(compareReferences(a, b));
    expect(sign('3.2', '3.2')).toBe(0);
    expect(sign('3.9', '3.10')).toBe(-1);
    expect(sign('3.10', '3.9')).toBe(1);
    expect(sign('3.2', '3.2.1')).toBe(-1);
    expect(sign('3.2.1', '3.2')).toBe(1);
    expect(sign('2.100', '3.1')).toBe(-1);
    expect(sign('7.12.1', '7.12.10')).toBe(-1);
    // Every pair of a shuffled list agrees with comparing the parts as numbers.
    const references = ['1.1', '1.10', '1.2', '1.2.3', '2.1', '2.10.1', '2.10', '7.999'];
    const asNumbers = (r: string) => r.split('.').map(Number);
    for (const a of references) {
      for (const b of references) {
        const [x, y] = [asNumbers(a), asNumbers(b)];
        const expected =
          x.map((n, k) => n - (y[k] ?? -1)).find((d) => d !== 0) ??
          (x.length === y.length ? 0 : x.length - y.length);
        expect(sign(a, b)).toBe(Math.sign(expected));
      }
    }
  });
});
