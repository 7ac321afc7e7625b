import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { graphqlExtension, i18nLocales } from '../strapi-services';
import { registerIntakeRoutes } from './admin-routes';
import { ensureIntakeRole, registerIntakePermission } from './intake-role';
import { ensureRequestToken } from './request-token';
import { scheduleRetention } from './retention';
import { registerSealedInput } from './sealed-input';
import { eventUid, requestUid } from './uids';

/**
 * Consultation requests, sealed by the site to the organisation's public key: stored as they come,
 * read only by intake staff in their browser, deleted when their time is up.
 */
export async function registerIntake(strapi: Core.Strapi): Promise<void> {
  await registerIntakePermission(strapi);
  registerIntakeRoutes(strapi);
  registerSealedInput(strapi, async () => (await i18nLocales(strapi).find()).map((locale) => locale.code));
  for (const uid of [requestUid, eventUid]) graphqlExtension(strapi).shadowCRUD(uid).disable();
}

export async function bootstrapIntake(strapi: Core.Strapi): Promise<void> {
  await ensureIntakeRole(strapi);
  await ensureRequestToken(strapi);
  scheduleRetention(strapi, { closedDays: env.REQUEST_RETENTION_CLOSED_DAYS, maxAgeDays: env.REQUEST_MAX_AGE_DAYS });
}
