import type { Core } from '@strapi/strapi';
import { publicContentTypes } from '../content-types';
import { graphqlExtension } from '../strapi-services';

/**
 * The public GraphQL API is read-only: no content mutation exists in the schema at all. The few
 * account mutations Strapi adds (login, register, password reset) stay in the schema but the
 * Public role holds none of their permissions, so they are refused.
 */
export function makeGraphqlReadOnly(strapi: Core.Strapi): void {
  const extension = graphqlExtension(strapi);
  const types = [
    ...publicContentTypes,
    'plugin::upload.file',
    'plugin::i18n.locale',
    'plugin::users-permissions.user',
    'plugin::users-permissions.role',
  ];
  for (const uid of types) extension.shadowCRUD(uid).disableMutations();
}
