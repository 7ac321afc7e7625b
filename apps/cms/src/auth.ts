import type { Core } from '@strapi/strapi';
import { apiTokens } from './strapi-services';

/**
 * True for a request made on behalf of a visitor: unauthenticated (the Public role) or signed in
 * through users-permissions. Editors in the admin panel and API tokens that staff issue, such as the
 * site's preview token, are not visitors and may read drafts.
 */
export function isVisitor(state: { auth?: { strategy?: { name?: string } } } | undefined): boolean {
  const strategy = state?.auth?.strategy?.name;
  return strategy === undefined || strategy === 'users-permissions';
}

/** True for a request from the admin panel (a signed-in editor), as opposed to the site or a visitor. */
export function isAdminPanel(state: { auth?: { strategy?: { name?: string } } } | undefined): boolean {
  return state?.auth?.strategy?.name === 'admin';
}

/**
 * True when the Authorization header carries a live full-access API token: staff tooling, which may run
 * GraphQL operations beyond the site's own. Read before Strapi authenticates the request, so it looks the
 * token up the way Strapi's content-api strategy does.
 */
export async function hasFullAccessToken(strapi: Core.Strapi, authorization: string | undefined): Promise<boolean> {
  const [scheme, token, ...rest] = (authorization ?? '').trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) return false;
  const tokens = apiTokens(strapi);
  const found = await tokens.getByAccessKey(tokens.hash(token));
  if (!found || (found.kind !== 'content-api' && found.kind !== null && found.kind !== undefined)) return false;
  if (found.expiresAt && new Date(found.expiresAt) < new Date()) return false;
  return found.type === 'full-access';
}
