/** Updates for a quarter are due three weeks after it ends. */
export const UPDATE_DEADLINE_DAYS = 21;

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** The last day of the `months`-th month of the year starting `yearStart` (1: its first). */
export function endOfMonthAfter(yearStart: string, months: number): string {
  const value = new Date(`${yearStart}T00:00:00Z`);
  value.setUTCMonth(value.getUTCMonth() + months, 0);
  return value.toISOString().slice(0, 10);
}
