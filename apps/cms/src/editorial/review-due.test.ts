import { addMonths, reviewState } from './review-due';

describe('addMonths', () => {
  it('moves by calendar months across years', () => {
    expect(addMonths('2026-11-01', 6)).toBe('2027-05-01');
    expect(addMonths('2025-12-15', 12)).toBe('2026-12-15');
  });
  it('keeps the day within a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('reviewState', () => {
  it('calls a document never reviewed missing, with no due date', () => {
    expect(reviewState(null, 12, '2026-12-02')).toEqual({ state: 'missing', dueOn: null });
  });
  it('is current until the due day and overdue from it', () => {
    expect(reviewState('2026-06-02', 6, '2026-12-01')).toEqual({ state: 'current', dueOn: '2026-12-02' });
    expect(reviewState('2026-06-02', 6, '2026-12-02')).toEqual({ state: 'overdue', dueOn: '2026-12-02' });
  });
});
