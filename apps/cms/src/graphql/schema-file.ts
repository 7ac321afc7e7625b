import type { Core } from '@strapi/strapi';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The public GraphQL schema as committed in packages/content/schema.graphql, which the site's types are generated from. */
export function printSchemaFile(strapi: Core.Strapi): string {
  const schema: GraphQLSchema = strapi.plugin('graphql').service('content-api').buildSchema();
  return `# Generated from the Haven CMS by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
