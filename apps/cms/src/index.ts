import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { ensureRevalidationWebhook } from './bootstrap/revalidation-webhook';
import { registerPublishedOnlyForPublic } from './documents/published-only';
import { registerSlugHistory } from './documents/slug-history';
import { registerFieldValidation } from './documents/validate-fields';
import { env } from './env';
import { makeGraphqlReadOnly } from './graphql/read-only';
import { buildSearchIndex, registerSearch } from './search/live-index';
import { isDatabaseEmpty, seed } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    makeGraphqlReadOnly(strapi);
    registerPublishedOnlyForPublic(strapi);
    registerFieldValidation(strapi);
    registerSlugHistory(strapi);
    registerSearch(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await restrictPublicRole(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensureRevalidationWebhook(strapi);
    await ensurePreviewToken(strapi);
    if (env.CMS_SEED === 'auto' && (await isDatabaseEmpty(strapi))) await seed(strapi);
    await buildSearchIndex(strapi);
  },
};
