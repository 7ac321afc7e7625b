import type { Core } from '@strapi/strapi';
import { ensureFixedApiToken } from '../bootstrap/fixed-api-token';
import { env } from '../env';
import { requestUid } from './uids';

/** The site's token for consultation requests: it may create them and do nothing else, not even read one back. */
export async function ensureRequestToken(strapi: Core.Strapi): Promise<void> {
  await ensureFixedApiToken(strapi, {
    name: 'Haven site: consultation requests',
    description: 'Lets the site store sealed consultation requests; it can read nothing. Set by CMS_REQUEST_TOKEN; do not edit.',
    key: env.CMS_REQUEST_TOKEN,
    type: 'custom',
    permissions: [`${requestUid}.create`],
  });
}
