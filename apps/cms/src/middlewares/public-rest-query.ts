import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { publicContentTypes } from '../content-types';
import { restQueryProblem, type AttributeKinds } from '../documents/public-rest-query';

interface Attribute {
  type: string;
  private?: boolean;
  target?: string;
}

/** Relations that lead to drafts (localizations) or to staff accounts, never populated or filtered by visitors. */
const hiddenRelations = new Set(['localizations', 'createdBy', 'updatedBy']);
const nonScalarTypes = new Set(['relation', 'component', 'dynamiczone', 'media']);

/**
 * Refuses, with a 400 that names the parameter, a visitor's REST read that goes beyond the plainest
 * reads (see documents/public-rest-query.ts). Requests that carry a token are Strapi's to authorize.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const kindsByRoute = new Map<string, AttributeKinds>();
  for (const uid of publicContentTypes) {
    const contentType = strapi.contentType(uid);
    const kinds = attributeKinds(contentType.attributes);
    for (const name of [contentType.info.pluralName, contentType.info.singularName]) kindsByRoute.set(name, kinds);
  }

  return async (ctx: Context, next: () => Promise<void>) => {
    // Strapi's router ignores case, so this does too.
    const [, api, route] = ctx.path.toLowerCase().split('/');
    const kinds = api === 'api' && route ? kindsByRoute.get(route) : undefined;
    if (!kinds || ctx.get('authorization')) return next();
    const problem = restQueryProblem(ctx.query, kinds);
    if (!problem) return next();
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: problem, details: {} } };
  };
};

function attributeKinds(attributes: Record<string, Attribute>): AttributeKinds {
  const scalars = new Set<string>();
  const populatable = new Set<string>();
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private || hiddenRelations.has(name)) continue;
    if (!nonScalarTypes.has(attribute.type)) scalars.add(name);
    else if (attribute.type !== 'relation' || publicContentTypes.includes(attribute.target as UID.ContentType)) populatable.add(name);
  }
  return { scalars, populatable };
}
