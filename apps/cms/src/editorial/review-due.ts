/** A calendar date (YYYY-MM-DD) `months` later, kept within the month: 31 August + 6 months is 28 or 29 February. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export type ReviewState = 'missing' | 'overdue' | 'current';

/**
 * Whether a review done on `doneOn` (or never) is still current on `today` with an interval of
 * `months`: due on the same day `months` later, overdue from that day on.
 */
export function reviewState(doneOn: string | null, months: number, today: string): { state: ReviewState; dueOn: string | null } {
  if (!doneOn) return { state: 'missing', dueOn: null };
  const dueOn = addMonths(doneOn, months);
  return { state: dueOn <= today ? 'overdue' : 'current', dueOn };
}
