/** When a cache tag's entries became stale, and when they expire (Next's tags manifest). */
export interface TagTimes {
  stale?: number;
  expired?: number;
}

/**
 * Combines two records of a tag's revalidations, as each instance and Redis may hold a different
 * one. The latest staleness wins. For expiry, one that has taken effect (≤ now) beats one still to
 * come: a withdrawal (expired now) must not be undone by an earlier or later publish's far-off
 * expiry (`'max'` expires a year out). Of two in effect the later wins; of two to come, the sooner.
 */
export function mergeTagTimes(current: TagTimes, incoming: TagTimes, now: number): TagTimes {
  const stale = Math.max(current.stale ?? 0, incoming.stale ?? 0) || undefined;
  const expiries = [current.expired, incoming.expired].filter((time) => time !== undefined);
  const effective = expiries.filter((time) => time <= now);
  const expired = effective.length > 0 ? Math.max(...effective) : expiries.length > 0 ? Math.min(...expiries) : undefined;
  return { ...(stale !== undefined ? { stale } : {}), ...(expired !== undefined ? { expired } : {}) };
}
