import { collectionOf, documentIdPattern, tags, webhookEvents } from '@haven/content';
import { isLocale } from '@haven/i18n';

export type WebhookTags = { ok: true; tags: string[]; withdrawn: boolean } | { ok: false; problem: string };

/** Events after which the document must not be shown again, not even once from a stale page. */
const withdrawingEvents = new Set(['entry.unpublish', 'entry.delete']);

/**
 * The cache tags a CMS webhook asks to refresh: the changed document's own tag and its collection's
 * tag in the document's locale, and whether the document was withdrawn (unpublished or deleted). Anything else (an unknown event, content type or locale) is refused,
 * so a request can never invalidate more than one document's pages.
 */
export function tagsForWebhook(payload: unknown): WebhookTags {
  if (!payload || typeof payload !== 'object') return { ok: false, problem: 'body must be a JSON object' };
  const { event, uid, entry } = payload as { event?: unknown; uid?: unknown; entry?: unknown };
  if (typeof event !== 'string' || !webhookEvents.includes(event)) return { ok: false, problem: 'unknown event' };
  if (typeof uid !== 'string') return { ok: false, problem: 'uid is missing' };
  const collection = collectionOf(uid);
  const withdrawn = withdrawingEvents.has(event);
  if (!collection) return { ok: true, tags: [], withdrawn }; // not shown on the site: nothing to refresh
  if (!entry || typeof entry !== 'object') return { ok: false, problem: 'entry is missing' };
  const { documentId, locale, pageLocale } = entry as { documentId?: unknown; locale?: unknown; pageLocale?: unknown };
  const entryLocale = locale ?? pageLocale;
  if (typeof documentId !== 'string' || !documentIdPattern.test(documentId)) return { ok: false, problem: 'entry.documentId is malformed' };
  if (!isLocale(entryLocale)) return { ok: false, problem: 'entry.locale is not a Haven locale' };
  return { ok: true, tags: [tags.collection(collection, entryLocale), tags.document(collection, entryLocale, documentId)], withdrawn };
}
