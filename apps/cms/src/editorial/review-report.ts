import contract from '@haven/content/contract.json';
import type { Core } from '@strapi/strapi';
import { i18nLocales } from '../strapi-services';
import { editUrl } from './edit-url';
import { reviewState, type ReviewState } from './review-due';
import { reviewedTypes, type ReviewedUid } from './review-fields';

export interface ReviewReportRow {
  type: (typeof reviewedTypes)[ReviewedUid]['type'];
  documentId: string;
  title: string;
  /** The last legal review (article) or check of the details (resource), if any. */
  lastReviewedOn: string | null;
  reviewedBy: string | null;
  /** When the next one is due; null when there never was one. */
  dueOn: string | null;
  state: Exclude<ReviewState, 'current'>;
  /** The review on record is sample data from the seed, never shown to readers. */
  sample: boolean;
  editUrl: string;
}

interface Row {
  documentId: string;
  publishedAt: string | null;
  [field: string]: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
// A date column reads as a string on SQLite and may read as a Date on PostgreSQL.
const calendarDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value));

/**
 * The articles whose legal review is missing or older than the review interval and the resources
 * whose details were not checked within theirs (both in site settings), on `today` (YYYY-MM-DD).
 * Reviews are the same in every locale; a document is read in the default locale, published
 * version first (what readers see), else its draft.
 */
export async function reviewReport(strapi: Core.Strapi, today = new Date().toISOString().slice(0, 10)): Promise<ReviewReportRow[]> {
  const locale = await i18nLocales(strapi).getDefaultLocale();
  const settings = (await strapi.db.query('api::site-setting.site-setting').findOne({ where: { locale } })) as Record<
    string,
    unknown
  > | null;
  const report: ReviewReportRow[] = [];
  for (const [uid, fields] of Object.entries(reviewedTypes) as [ReviewedUid, (typeof reviewedTypes)[ReviewedUid]][]) {
    const configured = settings?.[fields.intervalSetting];
    const months = typeof configured === 'number' && configured > 0 ? configured : contract.reviewIntervals[fields.intervalSetting];
    const select = ['documentId', 'publishedAt', fields.title, fields.date, fields.sample, ...(fields.reviewer ? [fields.reviewer] : [])];
    const rows = (await strapi.db.query(uid).findMany({ select, where: { locale }, orderBy: { documentId: 'asc' } })) as Row[];
    const shown = new Map<string, Row>();
    for (const row of rows) if (!shown.has(row.documentId) || row.publishedAt) shown.set(row.documentId, row);
    for (const row of shown.values()) {
      const lastReviewedOn = calendarDate(row[fields.date]);
      const { state, dueOn } = reviewState(lastReviewedOn, months, today);
      if (state === 'current') continue;
      report.push({
        type: fields.type,
        documentId: row.documentId,
        title: text(row[fields.title]) ?? '',
        lastReviewedOn,
        reviewedBy: fields.reviewer ? text(row[fields.reviewer]) : null,
        dueOn,
        state,
        sample: lastReviewedOn !== null && row[fields.sample] === true,
        editUrl: editUrl(uid, row.documentId, locale),
      });
    }
  }
  return report;
}
