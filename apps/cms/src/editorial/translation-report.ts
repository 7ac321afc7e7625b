import type { Core } from '@strapi/strapi';
import { i18nLocales } from '../strapi-services';
import { editUrl } from './edit-url';
import { trackedTypes, type TrackedUid } from './freshness-fields';

export type TranslationState = 'original' | 'missing' | 'draft translation' | 'reviewed translation' | 'outdated';

export interface TranslationReportRow {
  type: (typeof trackedTypes)[TrackedUid];
  documentId: string;
  /** The original's title, name or question. */
  title: string;
  locale: string;
  state: TranslationState;
  /** When the original changed after this translation was made (outdated only). */
  outdatedSince: string | null;
  /** Opens this document in this locale in the Content Manager. */
  editUrl: string;
}

const titleField: Record<TrackedUid, string> = {
  'api::article.article': 'title',
  'api::resource.resource': 'name',
  'api::faq.faq': 'question',
};

interface Row {
  documentId: string;
  locale: string;
  publishedAt: string | null;
  translationStatus?: string | null;
  outdatedSince?: string | null;
  [field: string]: unknown;
}

/**
 * Every article, resource and FAQ in every locale, with the state of its translation: the
 * default locale's version is the original; another locale has none (missing), a draft or reviewed
 * translation, or one made from an older version of the original (outdated). Documents with no
 * version in the default locale are listed from whatever versions they have.
 */
export async function translationReport(strapi: Core.Strapi): Promise<TranslationReportRow[]> {
  const locales = (await i18nLocales(strapi).find()).map((locale) => locale.code);
  const defaultLocale = await i18nLocales(strapi).getDefaultLocale();
  const report: TranslationReportRow[] = [];
  for (const [uid, type] of Object.entries(trackedTypes) as [TrackedUid, (typeof trackedTypes)[TrackedUid]][]) {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale', 'publishedAt', 'translationStatus', 'outdatedSince', titleField[uid]],
    })) as Row[];
    const byDocument = new Map<string, Map<string, Row>>();
    for (const row of rows) {
      const versions = byDocument.get(row.documentId) ?? new Map<string, Row>();
      // The draft row stands for the locale (every document has one); the published one, when there is one, for its state.
      const kept = versions.get(row.locale);
      if (!kept || row.publishedAt) versions.set(row.locale, row);
      byDocument.set(row.documentId, versions);
    }
    for (const [documentId, versions] of byDocument) {
      const original = versions.get(defaultLocale) ?? [...versions.values()][0]!;
      const name = original[titleField[uid]];
      const title = typeof name === 'string' ? name : '';
      for (const locale of locales) {
        const version = versions.get(locale);
        const state: TranslationState =
          locale === defaultLocale
            ? 'original'
            : !version
              ? 'missing'
              : version.outdatedSince
                ? 'outdated'
                : version.translationStatus === 'reviewed_translation'
                  ? 'reviewed translation'
                  : 'draft translation';
        report.push({
          type,
          documentId,
          title,
          locale,
          state,
          outdatedSince: version?.outdatedSince ? new Date(version.outdatedSince).toISOString() : null,
          editUrl: editUrl(uid, documentId, locale),
        });
      }
    }
  }
  return report;
}
