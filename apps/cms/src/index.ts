import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { ensureRevalidationWebhook } from './bootstrap/revalidation-webhook';
import { registerPublishedOnlyForPublic } from './documents/published-only';
import { registerSlugHistory } from './documents/slug-history';
import { registerFieldValidation } from './documents/validate-fields';
import { registerReportRoutes } from './editorial/report-routes';
import { registerReviews } from './editorial/reviews';
import { registerTranslationFreshness } from './editorial/translation-freshness';
import { env } from './env';
import { makeGraphqlReadOnly } from './graphql/read-only';
import { bootstrapIntake, registerIntake } from './intake';
import { buildSearchIndex, registerSearch } from './search/live-index';
import { isDatabaseEmpty, seed } from './seed';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    makeGraphqlReadOnly(strapi);
    registerPublishedOnlyForPublic(strapi);
    registerFieldValidation(strapi);
    registerSlugHistory(strapi);
    registerSearch(strapi);
    registerTranslationFreshness(strapi);
    registerReviews(strapi);
    registerReportRoutes(strapi);
    await registerIntake(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await restrictPublicRole(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensureRevalidationWebhook(strapi);
    await ensurePreviewToken(strapi);
    await bootstrapIntake(strapi);
    if (env.CMS_SEED === 'auto' && (await isDatabaseEmpty(strapi))) await seed(strapi);
    await buildSearchIndex(strapi);
  },
};
