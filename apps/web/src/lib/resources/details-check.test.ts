import { detailsNeedCheck } from './details-check';

describe('detailsNeedCheck', () => {
  it('asks for a check when the details were never checked', () => {
    expect(detailsNeedCheck(null, 6, '2026-12-02')).toBe(true);
  });
  it('is satisfied until the same day `months` later, and asks from that day on', () => {
    expect(detailsNeedCheck('2026-06-02', 6, '2026-12-01')).toBe(false);
    expect(detailsNeedCheck('2026-06-02', 6, '2026-12-02')).toBe(true);
  });
  it('keeps the due day within a shorter month', () => {
    expect(detailsNeedCheck('2026-08-31', 6, '2027-02-27')).toBe(false);
    expect(detailsNeedCheck('2026-08-31', 6, '2027-02-28')).toBe(true);
  });
});
