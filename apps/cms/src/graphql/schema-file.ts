import type { Core } from '@strapi/strapi';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { graphqlSchema } from '../strapi-services';

/** The public GraphQL schema as committed in packages/content/schema.graphql, which the site's types are generated from. */
export function printSchemaFile(strapi: Core.Strapi): string {
  const schema = graphqlSchema(strapi);
  return `# Generated from the Haven CMS by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
