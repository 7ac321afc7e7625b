const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** California: timestamps are shown as the day it was there. */
const siteTimeZone = 'America/Los_Angeles';

/**
 * A date in the reader's locale, or null for a missing or unreadable value. Date-only values
 * (legal review, verification) are calendar days and must not shift with a time zone. Always
 * the Gregorian calendar (Persian would default to the Solar Hijri one): these are the dates
 * US courts, agencies and deadlines use.
 */
export function formatDate(value: string | null | undefined, locale: string): string | null {
  if (!value) return null;
  const isDateOnly = dateOnly.test(value);
  const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    calendar: 'gregory',
    timeZone: isDateOnly ? 'UTC' : siteTimeZone,
  }).format(date);
}
