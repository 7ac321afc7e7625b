// For benchmarks: boots the built CMS on a throwaway SQLite file, seeded, prints one JSON line
// ({ url, secrets, editorToken }) and serves until it receives SIGTERM or SIGINT, then removes the file.
// editorToken is a full-access API token on this throwaway database, for publishing from a benchmark.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { secret, throwawayStrapiSecrets } = require('./throwaway-secrets');

const appDir = path.join(__dirname, '..');
const secrets = { revalidate: secret(), preview: secret(), previewToken: secret() };
const database = path.join(os.tmpdir(), `haven-serve-${process.pid}.db`);
Object.assign(process.env, {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  CMS_LOG_LEVEL: 'error',
  HOST: '127.0.0.1',
  PORT: process.env.PORT ?? '0',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: database,
  WEB_URL: process.env.WEB_URL ?? 'http://localhost:3000',
  REVALIDATE_SECRET: secrets.revalidate,
  PREVIEW_SECRET: secrets.preview,
  CMS_PREVIEW_TOKEN: secrets.previewToken,
  ...throwawayStrapiSecrets(),
});
const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const context = await compileStrapi({ appDir });
  const instance = createStrapi({ ...context, autoReload: false, serveAdminPanel: false });
  // createStrapi's own SIGTERM/SIGINT handler destroys Strapi and exits, and destroy() drops every
  // process listener, so the file is removed as part of destroy().
  const destroy = instance.destroy.bind(instance);
  instance.destroy = async () => {
    await destroy();
    fs.rmSync(database, { force: true });
  };
  const strapi = await instance.load();
  await strapi.server.listen();
  const { port } = strapi.server.httpServer.address();
  const { accessKey: editorToken } = await strapi
    .service('admin::api-token')
    .create({ name: 'benchmark editor', type: 'full-access', lifespan: null });
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, secrets, editorToken })}\n`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
