import type { Core } from '@strapi/strapi';
import { i18nLocales } from '../strapi-services';
import { trackedTypes, translatableContentDiffers, translatableFields, type TrackedUid } from './freshness-fields';

interface Row {
  sourceVersion?: number | null;
  minorChange?: boolean | null;
  [field: string]: unknown;
}

const isTracked = (uid: string): uid is TrackedUid => uid in trackedTypes;

/**
 * Keeps every translation's link to the version of the original it was made from. Publishing a
 * change to the original's translatable fields (not marked minor) makes it a new version and marks
 * every translation made from an older one outdated, and reports them changed so their pages say so;
 * publishing a translation records the original's current version and clears its flag. The
 * minor-change box is cleared after a publish.
 * Documents from before this existed all start at version 1: up to date.
 */
export function registerTranslationFreshness(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'publish' || !isTracked(context.uid)) return next();
    const uid = context.uid;
    const { documentId, locale: asked } = context.params as { documentId?: string; locale?: unknown };
    const defaultLocale = await i18nLocales(strapi).getDefaultLocale();
    const locale = typeof asked === 'string' ? asked : defaultLocale;
    if (!documentId || locale === '*') return next();
    const rows = strapi.db.query(uid);
    const version = (status: 'draft' | 'published', code: string) =>
      rows.findOne({
        where: { documentId, locale: code, publishedAt: status === 'draft' ? null : { $notNull: true } },
      }) as Promise<Row | null>;

    if (locale !== defaultLocale) {
      const result = await next();
      const original = await version('published', defaultLocale);
      await rows.updateMany({ where: { documentId, locale }, data: { sourceVersion: original?.sourceVersion ?? 1, outdatedSince: null } });
      return result;
    }

    const [published, draft] = await Promise.all([version('published', locale), version('draft', locale)]);
    const fields = translatableFields(strapi.contentType(uid).attributes);
    const changed = published !== null && draft !== null && translatableContentDiffers(fields, published, draft);
    const result = await next();
    const now = new Date();
    if (changed && draft?.minorChange !== true) {
      const next = (published?.sourceVersion ?? 1) + 1;
      await rows.updateMany({ where: { documentId, locale }, data: { sourceVersion: next, originalChangedAt: now, minorChange: false } });
      const behind = { documentId, locale: { $ne: locale }, sourceVersion: { $lt: next }, outdatedSince: null };
      const outdated = (await rows.findMany({ select: ['locale'], where: behind })) as { locale: string }[];
      await rows.updateMany({ where: behind, data: { outdatedSince: now } });
      // Those translations' pages now carry a notice: tell the site (and any webhook) they changed.
      for (const code of new Set(outdated.map((row) => row.locale))) {
        await strapi.eventHub.emit('entry.update', { model: strapi.contentType(uid).modelName, uid, entry: { documentId, locale: code } });
      }
    } else {
      await rows.updateMany({ where: { documentId, locale }, data: { minorChange: false } });
    }
    return result;
  });
}
