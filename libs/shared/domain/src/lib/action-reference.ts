/** Action references are dotted numbers whose first part is the area number, e.g. "3.2". */
export const ACTION_REFERENCE_PATTERN = /^[1-7](\.\d{1,3}){1,2}$/;

export function referenceAreaNumber(reference: string): number {
  return Number(reference.split('.')[0]);
}

/** Natural order: 3.2 before 3.10. */
export function compareReferences(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
