// `npm run schema`: writes the CMS's public GraphQL schema to packages/content/schema.graphql.
// It boots the CMS on a throwaway SQLite file, so no running CMS or local data is needed.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.CMS_SEED = 'never';
process.env.CMS_LOG_LEVEL = 'warn';
process.env.DATABASE_CLIENT = 'sqlite';
process.env.DATABASE_FILENAME = path.join(os.tmpdir(), `haven-schema-${process.pid}.db`);
require('../../../scripts/local-env').ensureLocalEnv();
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const context = await compileStrapi();
  const strapi = await createStrapi({ ...context, serveAdminPanel: false }).load();
  const { printSchemaFile } = require(path.join(context.distDir, 'src', 'graphql', 'schema-file'));
  const target = path.resolve(__dirname, '..', '..', '..', 'packages', 'content', 'schema.graphql');
  fs.writeFileSync(target, printSchemaFile(strapi));
  await strapi.destroy();
  fs.rmSync(process.env.DATABASE_FILENAME, { force: true });
  console.log(`Wrote ${target}`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
