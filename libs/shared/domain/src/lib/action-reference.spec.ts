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
});
