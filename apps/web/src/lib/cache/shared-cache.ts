/**
 * What the shared cache handler of the scale profile (src/server/shared-cache-handler.ts) offers
 * the site's routes. Next loads the handler into the same process but gives routes no handle on
 * it, so it registers itself here, on the process's global object; without it (the embedded
 * default, Next's own cache) there is nothing to offer.
 */
export interface SharedCache {
  /**
   * Expires the tags now, on this instance at once and on the others through Redis, and names the
   * pages (by Next's internal route) generated with any of them.
   */
  withdraw(tags: string[]): Promise<string[]>;
}

const slot = Symbol.for('haven.shared-cache');

export function offerSharedCache(cache: SharedCache): void {
  (globalThis as { [slot]?: SharedCache })[slot] = cache;
}

export function sharedCache(): SharedCache | undefined {
  return (globalThis as { [slot]?: SharedCache })[slot];
}
