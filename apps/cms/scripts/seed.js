// `npm run seed`: adds whatever seed content is missing; running it again changes nothing.
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.CMS_SEED = 'never';
require('../../../scripts/local-env').ensureLocalEnv();
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const context = await compileStrapi();
  const strapi = await createStrapi(context).load();
  const { seed } = require(path.join(context.distDir, 'src', 'seed'));
  const counts = await seed(strapi);
  console.log(Object.keys(counts).length ? `Seeded: ${JSON.stringify(counts)}` : 'Seed: nothing missing, nothing changed');
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
