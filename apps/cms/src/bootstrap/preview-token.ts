import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { apiTokenRows, apiTokens, encryption } from '../strapi-services';

const NAME = 'Haven site: draft preview';

/**
 * A read-only API token whose key is CMS_PREVIEW_TOKEN, so the site (which holds the same value)
 * can read drafts for editors' previews. Strapi only creates tokens with random keys, so the row is
 * written directly, hashed and encrypted exactly as Strapi's own token service does.
 */
export async function ensurePreviewToken(strapi: Core.Strapi): Promise<void> {
  if (!env.CMS_PREVIEW_TOKEN) return;
  const accessKey = apiTokens(strapi).hash(env.CMS_PREVIEW_TOKEN);
  const query = apiTokenRows(strapi);
  const existing = await query.findOne({ where: { name: NAME } });
  if (existing?.accessKey === accessKey && existing.type === 'read-only') return;
  if (existing) await query.delete({ where: { id: existing.id } });
  await query.create({
    data: {
      name: NAME,
      description: 'Lets the site show editors unpublished drafts. Set by CMS_PREVIEW_TOKEN; do not edit.',
      kind: 'content-api',
      type: 'read-only',
      accessKey,
      encryptedKey: encryption(strapi).encrypt(env.CMS_PREVIEW_TOKEN),
      lifespan: null,
      expiresAt: null,
    },
  });
}
