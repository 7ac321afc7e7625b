// The shapes the report routes answer with, from the server code that makes them (type-only: nothing of it is bundled).
import type { ReviewReportRow } from '../../editorial/review-report';
import type { TranslationReportRow, TranslationState } from '../../editorial/translation-report';

export type { TranslationState };
export type TranslationRow = TranslationReportRow;
export type ReviewRow = ReviewReportRow;

// The permission the report routes check (src/editorial/report-routes.ts).
export const readReports = [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }];

export const translationStates: TranslationState[] = ['missing', 'draft translation', 'reviewed translation', 'outdated', 'original'];
export const documentTypes: TranslationRow['type'][] = ['article', 'resource', 'faq'];

export interface TranslationReport {
  data: TranslationRow[];
  counts: Record<string, Partial<Record<TranslationState, number>>>;
}

/** The Content Manager's address for a report's edit link, inside the admin app (whose router starts at /admin). */
export const adminRoute = (editUrl: string) => editUrl.replace(/^\/admin/, '');
