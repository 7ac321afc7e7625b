import type { Core } from '@strapi/strapi';
import { toCsv } from './csv';
import { reviewReport, type ReviewReportRow } from './review-report';
import { translationReport, type TranslationReportRow } from './translation-report';

interface Context {
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(header: string, value: string): void;
}

const translationColumns: (keyof TranslationReportRow)[] = ['type', 'documentId', 'title', 'locale', 'state', 'outdatedSince', 'editUrl'];
const reviewColumns: (keyof ReviewReportRow)[] = [
  'type',
  'documentId',
  'title',
  'state',
  'lastReviewedOn',
  'reviewedBy',
  'dueOn',
  'sample',
  'editUrl',
];

// As the Content Manager's own routes: a signed-in admin who may read articles there.
const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.read', 'api::article.article']] } },
];

const wanted = (ctx: Context, name: string) => (typeof ctx.query[name] === 'string' && ctx.query[name] !== '' ? ctx.query[name] : null);

/** Answers JSON, or with ?format=csv a CSV download named `filename`. */
function answer<Row extends object>(ctx: Context, rows: Row[], columns: (keyof Row & string)[], filename: string, extra: object): void {
  if (ctx.query.format === 'csv') {
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
    ctx.body = toCsv(rows, columns);
    return;
  }
  ctx.body = { data: rows, ...extra };
}

/**
 * Editorial reports for signed-in admins; no public route exposes them.
 * GET /haven-reports/translations: documents × locales, filtered by ?type=, ?locale= and ?state=,
 * with counts per locale. GET /haven-reports/reviews: what is due for legal review or a check,
 * filtered by ?type=. Both download as CSV with ?format=csv.
 */
export function registerReportRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/haven-reports',
    routes: [
      {
        method: 'GET',
        path: '/translations',
        config: { policies },
        handler: async (ctx: Context) => {
          const rows = (await translationReport(strapi)).filter(
            (row) =>
              (!wanted(ctx, 'type') || row.type === wanted(ctx, 'type')) &&
              (!wanted(ctx, 'locale') || row.locale === wanted(ctx, 'locale')) &&
              (!wanted(ctx, 'state') || row.state === wanted(ctx, 'state')),
          );
          const counts: Record<string, Record<string, number>> = {};
          for (const row of rows) {
            const perLocale = (counts[row.locale] ??= {});
            perLocale[row.state] = (perLocale[row.state] ?? 0) + 1;
          }
          answer(ctx, rows, translationColumns, 'haven-translations.csv', { counts });
        },
      },
      {
        method: 'GET',
        path: '/reviews',
        config: { policies },
        handler: async (ctx: Context) => {
          const rows = (await reviewReport(strapi)).filter((row) => !wanted(ctx, 'type') || row.type === wanted(ctx, 'type'));
          answer(ctx, rows, reviewColumns, 'haven-reviews.csv', {});
        },
      },
    ],
  } as never);
}
