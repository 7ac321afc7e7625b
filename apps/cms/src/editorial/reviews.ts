import type { Core } from '@strapi/strapi';
import { isAdminPanel } from '../auth';
import { isReviewed, reviewedTypes, reviewFieldsOf, type ReviewedUid } from './review-fields';

const readActions = new Set(['findMany', 'findOne', 'findFirst']);

interface Params {
  documentId?: string;
  fields?: unknown;
  data?: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Legal reviews and checks of details, as editors record them in the Content Manager.
 *
 * A review belongs to the document, not to one translation: publishing it in one locale brings it
 * to every published locale (Strapi copies fields that are not localized between drafts only).
 *
 * A review recorded by the seed is sample data: the editorial reports show it, marked as such, so
 * every state appears on a fresh start, but readers never see it as a real review: reads through the
 * public API and the site's preview answer as if there were none; only the admin panel shows it. An editor who changes the review's date or
 * reviewer records a real one, and the sample mark goes.
 */
export function registerReviews(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isReviewed(context.uid)) return next();
    const uid = context.uid;
    const params = context.params as Params;
    const { sample } = reviewedTypes[uid];

    if (context.action === 'update' && params.data && params.documentId) {
      await clearSampleOnNewReview(strapi, uid, params.documentId, params.data);
      return next();
    }
    if (context.action === 'publish' && params.documentId) {
      const result = await next();
      await shareReviewAcrossLocales(strapi, uid, params.documentId);
      return result;
    }
    const request = strapi.requestContext.get();
    if (!readActions.has(context.action) || !request || isAdminPanel(request.state)) return next();
    if (Array.isArray(params.fields) && !params.fields.includes(sample)) params.fields = [...(params.fields as string[]), sample];
    const result = await next();
    for (const document of Array.isArray(result) ? result : [result]) {
      if (document && typeof document === 'object' && (document as Record<string, unknown>)[sample] === true) {
        for (const field of reviewFieldsOf(uid)) (document as Record<string, unknown>)[field] = null;
      }
    }
    return result;
  });
}

async function clearSampleOnNewReview(strapi: Core.Strapi, uid: ReviewedUid, documentId: string, data: Record<string, unknown>) {
  const { sample } = reviewedTypes[uid];
  const fields = reviewFieldsOf(uid).filter((field) => field in data);
  if (fields.length === 0) return;
  const current = (await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } })) as Record<string, unknown> | null;
  if (current?.[sample] !== true) return;
  const reviewChanged = fields.some((field) => !same(data[field], current[field]));
  // The Content Manager sends the mark unchanged with every save: a changed review is a real one.
  if (reviewChanged) data[sample] = false;
}

/** Copies the review of the most recently published locale to every other published locale that differs. */
async function shareReviewAcrossLocales(strapi: Core.Strapi, uid: ReviewedUid, documentId: string) {
  const fields = [...reviewFieldsOf(uid), reviewedTypes[uid].sample];
  const rows = strapi.db.query(uid);
  const published = (await rows.findMany({
    select: ['locale', 'publishedAt', ...fields],
    where: { documentId, publishedAt: { $notNull: true } },
    orderBy: { publishedAt: 'desc' },
  })) as Record<string, unknown>[];
  const [latest, ...others] = published;
  if (!latest) return;
  const behind = others.filter((row) => fields.some((field) => !same(row[field], latest[field]))).map((row) => row.locale as string);
  if (behind.length === 0) return;
  await rows.updateMany({
    where: { documentId, publishedAt: { $notNull: true }, locale: { $in: behind } },
    data: Object.fromEntries(fields.map((field) => [field, latest[field]])),
  });
  // Their pages show the review: tell the site (and any webhook) they changed.
  for (const locale of behind) {
    await strapi.eventHub.emit('entry.update', { model: strapi.contentType(uid).modelName, uid, entry: { documentId, locale } });
  }
}
