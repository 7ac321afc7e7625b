import type { Core } from '@strapi/strapi';
import { isSluggedUid, sluggedContentTypes, type SluggedUid } from '../content-types';
import { i18nLocales } from '../strapi-services';

const HISTORY = 'api::slug-history.slug-history';

/**
 * Keeps every slug a document had in each locale, so that links printed or shared before an
 * editor renamed a page redirect to it instead of breaking. A slug changed back to an old value
 * stops redirecting.
 */
export function registerSlugHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'update' || !isSluggedUid(context.uid)) return next();
    const params = context.params as { documentId: string; locale?: string; data?: { slug?: unknown } };
    const newSlug = params.data?.slug;
    if (typeof newSlug !== 'string') return next();

    const locale = params.locale ?? (await i18nLocales(strapi).getDefaultLocale());
    const before = await strapi
      .documents(context.uid)
      .findOne({ documentId: params.documentId, locale, status: 'draft', fields: ['slug'] });
    const result = await next();
    if (before?.slug && before.slug !== newSlug) {
      await recordSlugChange(strapi, {
        contentType: sluggedContentTypes[context.uid],
        targetDocumentId: params.documentId,
        locale,
        oldSlug: before.slug,
        newSlug,
      });
    }
    return result;
  });
}

async function recordSlugChange(
  strapi: Core.Strapi,
  change: {
    contentType: (typeof sluggedContentTypes)[SluggedUid];
    targetDocumentId: string;
    locale: string;
    oldSlug: string;
    newSlug: string;
  },
): Promise<void> {
  const history = strapi.db.query(HISTORY);
  const { contentType, targetDocumentId, locale: pageLocale, oldSlug, newSlug } = change;
  await history.deleteMany({ where: { contentType, pageLocale, oldSlug: newSlug, targetDocumentId } });
  const existing = (await history.findOne({ where: { contentType, pageLocale, oldSlug } })) as { id: number } | null;
  if (existing) {
    await history.update({ where: { id: existing.id }, data: { targetDocumentId } });
  } else {
    await strapi.documents(HISTORY).create({ data: { contentType, targetDocumentId, pageLocale, oldSlug } });
  }
}
