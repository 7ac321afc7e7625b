import type { Core } from '@strapi/strapi';
import { apiTokenRows, apiTokens, encryption } from '../strapi-services';

export interface FixedApiToken {
  name: string;
  description: string;
  /** The key, shared with the site through its environment; no token is kept without one. */
  key: string | undefined;
  type: 'read-only' | 'custom';
  /** For a custom token: the only content-API actions it may call. */
  permissions?: readonly string[];
}

/**
 * An API token whose key is set by the environment, so the site (which holds the same value) can
 * use it. Strapi only creates tokens with random keys, so the row is written directly, hashed and
 * encrypted exactly as Strapi's own token service does; it is rewritten whenever it differs.
 */
export async function ensureFixedApiToken(strapi: Core.Strapi, token: FixedApiToken): Promise<void> {
  const rows = apiTokenRows(strapi);
  const permissionRows = strapi.db.query('admin::api-token-permission');
  const existing = await rows.findOne({ where: { name: token.name } });
  const wanted = [...(token.permissions ?? [])].sort();
  if (existing && token.key) {
    const granted = (await permissionRows.findMany({ where: { token: existing.id } })) as { action: string }[];
    const same =
      existing.accessKey === apiTokens(strapi).hash(token.key) &&
      existing.type === token.type &&
      JSON.stringify(granted.map((permission) => permission.action).sort()) === JSON.stringify(wanted);
    if (same) return;
  }
  if (existing) {
    await permissionRows.deleteMany({ where: { token: existing.id } });
    await rows.delete({ where: { id: existing.id } });
  }
  if (!token.key) return;
  const created = await rows.create({
    data: {
      name: token.name,
      description: token.description,
      kind: 'content-api',
      type: token.type,
      accessKey: apiTokens(strapi).hash(token.key),
      encryptedKey: encryption(strapi).encrypt(token.key),
      lifespan: null,
      expiresAt: null,
    },
  });
  for (const action of wanted) await permissionRows.create({ data: { action, token: created.id } });
}
