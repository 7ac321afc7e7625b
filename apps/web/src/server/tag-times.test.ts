import { mergeTagTimes } from './tag-times';

const now = 1_000_000;
const year = 365 * 24 * 3600 * 1000;

describe('mergeTagTimes', () => {
  it('lets a withdrawal (expired now) win over an earlier publish that expires a year out', () => {
    expect(mergeTagTimes({ stale: now - 5000, expired: now - 5000 + year }, { stale: now, expired: now }, now)).toEqual({
      stale: now,
      expired: now,
    });
  });

  it('keeps a withdrawal in effect when a publish comes after it', () => {
    expect(mergeTagTimes({ stale: now - 10, expired: now - 10 }, { stale: now, expired: now + year }, now)).toEqual({
      stale: now,
      expired: now - 10,
    });
  });

  it('takes the later of two expiries in effect and the sooner of two to come', () => {
    expect(mergeTagTimes({ expired: now - 20 }, { expired: now - 10 }, now).expired).toBe(now - 10);
    expect(mergeTagTimes({ expired: now - 10 }, { expired: now - 20 }, now).expired).toBe(now - 10);
    expect(mergeTagTimes({ expired: now + year }, { expired: now + 10 }, now).expired).toBe(now + 10);
  });

  it('keeps what only one side knows', () => {
    expect(mergeTagTimes({}, { stale: now }, now)).toEqual({ stale: now });
    expect(mergeTagTimes({ expired: now }, {}, now)).toEqual({ expired: now });
    expect(mergeTagTimes({}, {}, now)).toEqual({});
  });
});
