/** Action references are dotted numbers whose first part is the area number, e.g. "3.2". */
export const ACTION_REFERENCE_PATTERN = /^[1-7](\.\d{1,3}){1,2}$/;

export function referenceAreaNumber(reference: string): number {
  return Number(reference.split('.')[0]);
}

const DOT = 46;
const ZERO = 48;

/** The number in `text` from `start` to the next dot (or the end), and where it ends. */
function part(text: string, start: number): [value: number, end: number] {
  let value = 0;
  let end = start;
  for (; end < text.length && text.charCodeAt(end) !== DOT; end++) {
    value = value * 10 + text.charCodeAt(end) - ZERO;
  }
  return [value, end];
}

/**
 * Natural order: 3.2 before 3.2.1 before 3.10. Reads the digits in place rather than splitting:
 * lists and reports sort hundreds of actions, and splitting was a millisecond of the overview.
 */
export function compareReferences(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    const aDone = i >= a.length;
    const bDone = j >= b.length;
    if (aDone || bDone) return Number(bDone) - Number(aDone);
    const [left, aEnd] = part(a, i);
    const [right, bEnd] = part(b, j);
    if (left !== right) return left - right;
    i = aEnd + 1;
    j = bEnd + 1;
  }
}
