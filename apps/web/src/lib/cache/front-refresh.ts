import { publicPath } from '@/i18n/public-path';
import { embedAddressOf } from '@/lib/embed/embed-paths';
import { sharedCache } from './shared-cache';

/** The front stores each page once per encoding it sends (ops/nginx/haven-front.conf): refresh each. */
const frontEncodings = ['br', 'gzip', ''];
const concurrency = 4;
const timeoutMs = 5000;

/**
 * After a document is withdrawn, replaces the front cache's copies of every page that showed it:
 * each page is fetched again through the front's loopback refresh server, which bypasses and
 * overwrites what it stored, from this very instance (which already knows the tags expired).
 * Does nothing without a front (FRONT_REFRESH_URL) or a shared cache. Returns the pages refreshed.
 */
export async function refreshFront(
  tags: string[],
  frontRefreshUrl: string | undefined,
  instancePort: string | undefined,
): Promise<string[]> {
  const cache = sharedCache();
  if (!frontRefreshUrl || !cache || !instancePort) return [];
  // Pages by their localized path, embeds by their partner address (the front's names for them).
  const frontPath = (internal: string) => publicPath(internal) ?? embedAddressOf(internal);
  const paths = [...new Set((await cache.withdraw(tags)).map(frontPath).filter((path) => path !== undefined))];
  const work = paths.flatMap((path) => frontEncodings.map((encoding) => ({ path, encoding })));
  const failed: string[] = [];
  async function worker(): Promise<void> {
    for (let next = work.shift(); next; next = work.shift()) {
      try {
        const response = await fetch(new URL(next.path, frontRefreshUrl), {
          headers: { 'accept-encoding': next.encoding, 'x-haven-upstream': `127.0.0.1:${instancePort}` },
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        if (response.status >= 500) failed.push(next.path);
      } catch {
        failed.push(next.path);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failed.length > 0)
    console.error(`haven front: ${failed.length} withdrawn page copies could not be refreshed (${[...new Set(failed)].join(', ')})`);
  return paths;
}
