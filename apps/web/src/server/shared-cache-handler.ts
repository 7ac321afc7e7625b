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
import { deserializeEntry, serializeEntry } from './cache-codec';

interface TagTimes {
  stale?: number;
  expired?: number;
}
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

const local = new Map<string, StoredEntry>();
let keyPrefix = 'haven:cache:entry:';
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

/** Takes each tag's later times into Next's manifest: the newest revalidation anywhere wins. */
function mergeTags(times: Record<string, TagTimes>): void {
  for (const [tag, incoming] of Object.entries(times)) {
    const current = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      ...current,
      ...(incoming.stale !== undefined && incoming.stale > (current.stale ?? 0) ? { stale: incoming.stale } : {}),
      ...(incoming.expired !== undefined && incoming.expired > (current.expired ?? 0) ? { expired: incoming.expired } : {}),
    });
  }
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
        keyPrefix = `haven:cache:entry:${readFileSync(path.join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()}:`;
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
    // A month bounds what Redis keeps of pages nobody asks for.
    await redis(() => client.set(keyPrefix + key, serializeEntry(entry), { expiration: { type: 'EX', value: 30 * 24 * 3600 } }));
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const now = Date.now();
    const times: Record<string, TagTimes> = {};
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const current = tagsManifest.get(tag) ?? {};
      // As Next's own cache: with durations, stale now and expired after `expire`; without, expired now.
      times[tag] = durations
        ? { ...current, stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
        : { ...current, expired: now };
    }
    mergeTags(times);
    await shareTags(times);
  }

  resetRequestCache(): void {
    // Nothing is kept per request.
  }
}
