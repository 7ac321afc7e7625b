import type { Core } from '@strapi/strapi';
import { toCsv, translationReport, type TranslationReportRow } from './translation-report';

interface Context {
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(header: string, value: string): void;
}

const columns: (keyof TranslationReportRow)[] = ['type', 'documentId', 'title', 'locale', 'state', 'outdatedSince', 'editUrl'];

/**
 * Editorial reports for signed-in admins who may read articles in the Content Manager (as the
 * Content Manager's own routes are): GET /haven-reports/translations, filtered by ?type=, ?locale=
 * and ?state=, with counts per locale; ?format=csv downloads it. No public route exposes it.
 */
export function registerReportRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/haven-reports',
    routes: [
      {
        method: 'GET',
        path: '/translations',
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.read', 'api::article.article']] } },
          ],
        },
        handler: async (ctx: Context) => {
          const wanted = (name: string) => (typeof ctx.query[name] === 'string' && ctx.query[name] !== '' ? ctx.query[name] : null);
          const rows = (await translationReport(strapi)).filter(
            (row) =>
              (!wanted('type') || row.type === wanted('type')) &&
              (!wanted('locale') || row.locale === wanted('locale')) &&
              (!wanted('state') || row.state === wanted('state')),
          );
          if (ctx.query.format === 'csv') {
            ctx.set('Content-Type', 'text/csv; charset=utf-8');
            ctx.set('Content-Disposition', 'attachment; filename="haven-translations.csv"');
            ctx.body = toCsv(rows, columns);
            return;
          }
          const counts: Record<string, Record<string, number>> = {};
          for (const row of rows) {
            const perLocale = (counts[row.locale] ??= {});
            perLocale[row.state] = (perLocale[row.state] ?? 0) + 1;
          }
          ctx.body = { data: rows, counts };
        },
      },
    ],
  } as never);
}
