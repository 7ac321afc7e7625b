import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { ensureFixedApiToken } from './fixed-api-token';

/** A read-only API token whose key is CMS_PREVIEW_TOKEN, so the site can read drafts for editors' previews. */
export async function ensurePreviewToken(strapi: Core.Strapi): Promise<void> {
  await ensureFixedApiToken(strapi, {
    name: 'Haven site: draft preview',
    description: 'Lets the site show editors unpublished drafts. Set by CMS_PREVIEW_TOKEN; do not edit.',
    key: env.CMS_PREVIEW_TOKEN,
    type: 'read-only',
  });
}
