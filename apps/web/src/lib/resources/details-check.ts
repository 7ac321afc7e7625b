/**
 * Whether a resource's details are past their check: not checked at all, or checked more than
 * `months` calendar months before `today` (both YYYY-MM-DD). Readers are then asked to call ahead.
 */
export function detailsNeedCheck(lastCheckedOn: string | null, months: number, today: string): boolean {
  if (!lastCheckedOn) return true;
  const [year, month, day] = lastCheckedOn.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due.toISOString().slice(0, 10) <= today;
}
