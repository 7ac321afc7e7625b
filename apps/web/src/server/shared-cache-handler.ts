// Next's incremental cache (generated pages and fetched CMS data) shared by every web instance
// through Redis, for the scale profile (REDIS_URL set). Built to dist/cache-handler.cjs.
//
// Next decides freshness itself from its tags manifest (stale after `revalidateTag(tag, 'max')`,
// expired after `{ expire: 0 }`), so this handler never deletes on revalidation: it records the
// tag's times in Redis, tells the other instances (pub/sub), and keeps Next's manifest in step.
// Stale entries therefore keep serving while a page regenerates, or while the CMS is down.
//
// Redis is a shared copy, never a dependency: every entry is also kept in this process, every
// Redis command is bounded by a short timeout, and when Redis is unreachable the instance serves
// from its own copy and says so once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { offerSharedCache } from '../lib/cache/shared-cache';
import { deserializeEntry, serializeEntry } from './cache-codec';
import { mergeTagTimes, type TagTimes } from './tag-times';

interface StoredEntry {
  value: unknown;
  lastModified: number;
  cacheControl?: unknown;
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const commandTimeoutMs = 300;
const localCapacity = 2000;
const tagsKey = 'haven:cache:tags';
const tagsChannel = 'haven:cache:tags-changed';
/** A month bounds what Redis keeps of pages nobody asks for. */
const entryLifetimeSeconds = 30 * 24 * 3600;

const local = new Map<string, StoredEntry>();
let keyPrefix = 'haven:cache:entry:';
/** Which pages were generated with a tag (Haven's own tags, not Next's implicit path tags). */
let pagesPrefix = 'haven:cache:pages:';
const localPagesByTag = new Map<string, Set<string>>();
let healthy: boolean | undefined;
/** Tag times recorded while Redis was unreachable, written once it is back. */
const unsharedTags: Record<string, TagTimes> = {};

function report(nowHealthy: boolean, detail?: string): void {
  if (healthy === nowHealthy) return;
  healthy = nowHealthy;
  if (nowHealthy) console.log(`haven cache: sharing generated pages through ${new URL(redisUrl).host}`);
  else
    console.error(`haven cache: Redis unreachable (${detail ?? 'no connection'}); serving from this instance's own cache until it is back`);
}

const client = createClient({
  url: redisUrl,
  // Commands fail at once while disconnected instead of queueing behind a dead socket.
  disableOfflineQueue: true,
  socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 5000) },
});
const subscriber = client.duplicate();
for (const connection of [client, subscriber]) connection.on('error', (error: Error) => report(false, error.message));
client.on('ready', () => {
  report(true);
  void shareTags({}).then(syncTags);
});
void client.connect().catch(() => undefined);
void subscriber
  .connect()
  .then(() => subscriber.subscribe(tagsChannel, (message: string) => mergeTags(JSON.parse(message) as Record<string, TagTimes>)))
  .catch(() => undefined);

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${commandTimeoutMs} ms`)), commandTimeoutMs).unref(),
    ),
  ]);
}

async function redis<T>(command: () => Promise<T>): Promise<T | undefined> {
  if (!client.isReady) {
    report(false);
    return undefined;
  }
  try {
    return await withTimeout(command());
  } catch (error) {
    report(false, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Takes each tag's times into Next's manifest, combined with what this instance already knew. */
function mergeTags(times: Record<string, TagTimes>): void {
  const now = Date.now();
  for (const [tag, incoming] of Object.entries(times)) tagsManifest.set(tag, mergeTagTimes(tagsManifest.get(tag) ?? {}, incoming, now));
}

async function syncTags(): Promise<void> {
  const stored = await redis(() => client.hGetAll(tagsKey));
  if (stored) mergeTags(Object.fromEntries(Object.entries(stored).map(([tag, text]) => [tag, JSON.parse(text) as TagTimes])));
}

/** Records tag times in Redis and tells the other instances; kept for later if Redis is unreachable. */
async function shareTags(times: Record<string, TagTimes>): Promise<void> {
  Object.assign(unsharedTags, times);
  const pending = { ...unsharedTags };
  if (Object.keys(pending).length === 0) return;
  const shared = await redis(async () => {
    await client.hSet(tagsKey, Object.fromEntries(Object.entries(pending).map(([tag, value]) => [tag, JSON.stringify(value)])));
    await client.publish(tagsChannel, JSON.stringify(pending));
    return true;
  });
  if (shared) for (const tag of Object.keys(pending)) if (unsharedTags[tag] === pending[tag]) delete unsharedTags[tag];
}

/** Haven's tags a generated page carries (Next records them in its headers), or none for data entries. */
function pageTags(value: unknown): string[] {
  const { kind, headers, status } = value as { kind?: unknown; headers?: Record<string, unknown>; status?: unknown };
  const tags = headers?.['x-next-cache-tags'];
  // Only pages that showed a document: a made-up slug's redirect to "not found" shows none, and
  // indexing those would let anyone grow the index and every withdrawal's refresh.
  if (kind !== 'APP_PAGE' || typeof tags !== 'string' || (typeof status === 'number' && status !== 200)) return [];
  return tags.split(',').filter((tag) => tag !== '' && !tag.startsWith('_N_T_'));
}

/** The page's path from its cache key: Next 16 names a page `/route-cache/APP_PAGE/<route hash>/$<path>`. */
const pagePath = (key: string) => /\/\$(\/.*)$/.exec(key)?.[1] ?? key;

async function indexPage(key: string, tags: string[]): Promise<void> {
  const page = pagePath(key);
  for (const tag of tags) {
    const pages = localPagesByTag.get(tag) ?? new Set<string>();
    if (pages.size < localCapacity) pages.add(page);
    localPagesByTag.set(tag, pages);
  }
  await redis(async () => {
    const batch = client.multi();
    for (const tag of tags) batch.sAdd(pagesPrefix + tag, page).expire(pagesPrefix + tag, entryLifetimeSeconds);
    return batch.exec();
  });
}

async function pagesTagged(tags: string[]): Promise<string[]> {
  const pages = new Set(tags.flatMap((tag) => [...(localPagesByTag.get(tag) ?? [])]));
  const shared = await redis(() => client.sUnion(tags.map((tag) => pagesPrefix + tag)));
  for (const page of shared ?? []) pages.add(page);
  return [...pages];
}

/** Records new times for tags here and everywhere: as Next's own cache does for `revalidateTag`. */
async function revalidateTags(tags: string[], durations?: { expire?: number }): Promise<void> {
  const now = Date.now();
  const times: Record<string, TagTimes> = {};
  for (const tag of tags) {
    // With durations, stale now and expired after `expire`; without, expired now.
    times[tag] = durations
      ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
      : { expired: now };
  }
  mergeTags(times);
  // Shared as combined here, so Redis never holds an older view than this instance's.
  await shareTags(Object.fromEntries(tags.map((tag) => [tag, tagsManifest.get(tag) ?? times[tag]!])));
}

offerSharedCache({
  async withdraw(tags) {
    await revalidateTags(tags, { expire: 0 });
    return pagesTagged(tags);
  },
});

function keepLocally(key: string, entry: StoredEntry): void {
  local.delete(key);
  local.set(key, entry);
  if (local.size > localCapacity) local.delete(local.keys().next().value!);
}

export default class SharedCacheHandler {
  constructor(context: { serverDistDir?: string }) {
    // Entries of one build only: another build's pages name scripts this one does not have.
    if (context.serverDistDir) {
      try {
        const buildId = readFileSync(path.join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
        keyPrefix = `haven:cache:entry:${buildId}:`;
        pagesPrefix = `haven:cache:pages:${buildId}:`;
      } catch {
        // development has no BUILD_ID: the default prefix does
      }
    }
  }

  async get(key: string): Promise<StoredEntry | null> {
    const text = await redis(() => client.get(keyPrefix + key));
    if (typeof text === 'string') {
      const entry = deserializeEntry(text) as StoredEntry;
      keepLocally(key, entry);
      return entry;
    }
    return local.get(key) ?? null;
  }

  async set(key: string, value: unknown, context: { cacheControl?: unknown }): Promise<void> {
    if (value === null || value === undefined) {
      local.delete(key);
      await redis(() => client.del(keyPrefix + key));
      return;
    }
    const entry: StoredEntry = { value, lastModified: Date.now(), ...(context.cacheControl ? { cacheControl: context.cacheControl } : {}) };
    keepLocally(key, entry);
    await redis(() => client.set(keyPrefix + key, serializeEntry(entry), { expiration: { type: 'EX', value: entryLifetimeSeconds } }));
    const tags = pageTags(value);
    if (tags.length > 0) await indexPage(key, tags);
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    await revalidateTags(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache(): void {
    // Nothing is kept per request.
  }
}
