/** `$first, $first+1, …`: `count` numbered parameters for a statement written as text. */
export function sqlParameters(first: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');
}
