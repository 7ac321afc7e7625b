import { formatDate } from '@/lib/language/format-date';

describe('formatDate', () => {
  it('formats a calendar date in the reader’s locale', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('March 1, 2025');
    expect(formatDate('2025-03-01', 'es')).toBe('1 de marzo de 2025');
    expect(formatDate('2025-03-01', 'ko')).toBe('2025년 3월 1일');
  });

  it('uses the Gregorian calendar in every locale, with the locale’s digits', () => {
    expect(formatDate('2025-03-01', 'fa')).toBe('۱ مارس ۲۰۲۵');
  });

  it('never shifts a calendar date by a time zone', () => {
    expect(formatDate('2025-01-01', 'en')).toBe('January 1, 2025');
  });

  it('shows a timestamp as the day it was in California', () => {
    expect(formatDate('2025-03-02T03:00:00.000Z', 'en')).toBe('March 1, 2025');
  });

  it('returns null for missing or unreadable values', () => {
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('', 'en')).toBeNull();
    expect(formatDate('not a date', 'en')).toBeNull();
  });
});
