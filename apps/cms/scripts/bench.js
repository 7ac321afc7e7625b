// `npm run bench:cms`: prints how long the CMS takes to build and start, what an article page's
// GraphQL request costs (time and SQL queries) with every locale in the database, and how long
// refusing an anonymous operation that is not one of the site's trusted documents takes.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { throwawayStrapiSecrets } = require('./throwaway-secrets');

const appDir = path.join(__dirname, '..');
Object.assign(process.env, {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  CMS_LOG_LEVEL: 'error',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_FILENAME: path.join(os.tmpdir(), `haven-bench-${process.pid}.db`),
  ...throwawayStrapiSecrets(),
});

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

const { sha256: ARTICLE_BY_SLUG } = require('@haven/content/trusted-documents.json').ArticleBySlug;
// 204 bytes that once fanned out to 8^9 objects.
const ATTACK = `{ articles { ${'localizations { '.repeat(9)} title ${'} '.repeat(9)} } }`;

async function startCms() {
  const { createStrapi } = require('@strapi/strapi');
  const started = performance.now();
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.listen();
  return { strapi, ms: performance.now() - started, url: `http://127.0.0.1:${strapi.server.httpServer.address().port}` };
}

(async () => {
  const buildStarted = performance.now();
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js'), 'build'], {
    cwd: appDir,
    stdio: 'ignore',
  });
  const buildMs = performance.now() - buildStarted;

  const first = await startCms(); // empty database: migrations, locales and the seed
  await first.strapi.destroy();
  const cms = await startCms(); // the same database again: an ordinary restart

  const [article] = await cms.strapi.documents('api::article.article').findMany({
    locale: 'en',
    status: 'published',
    filters: { slug: 'getting-compensation' },
  });
  const localeCount = (
    await cms.strapi
      .documents('api::article.article')
      .findMany({ status: 'published', locale: '*', filters: { documentId: article.documentId } })
  ).length;

  let queries = 0;
  cms.strapi.db.connection.on('query', () => (queries += 1));
  const post = (body) =>
    fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const request = () =>
    post({
      operationName: 'ArticleBySlug',
      variables: { locale: 'en', slug: article.slug },
      extensions: { persistedQuery: { version: 1, sha256Hash: ARTICLE_BY_SLUG } },
    }).then((response) => response.json());

  for (let i = 0; i < 5; i += 1) await request(); // warm up
  queries = 0;
  await request();
  const queriesPerRequest = queries;
  const times = [];
  for (let i = 0; i < 100; i += 1) {
    const started = performance.now();
    await request();
    times.push(performance.now() - started);
  }
  const refusals = [];
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    const response = await post({ query: ATTACK });
    await response.arrayBuffer();
    if (response.status !== 400) throw new Error(`the attack query answered ${response.status}`);
    refusals.push(performance.now() - started);
  }
  await cms.strapi.destroy();
  fs.rmSync(process.env.DATABASE_FILENAME, { force: true });

  console.log(`strapi build (TypeScript + admin panel):  ${seconds(buildMs)}`);
  console.log(`first start (migrate, locales, seed):     ${seconds(first.ms)}`);
  console.log(`restart on an existing database:          ${seconds(cms.ms)}`);
  console.log(`article by slug over GraphQL (${localeCount} locales, 100 requests):`);
  console.log(
    `  median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, ${queriesPerRequest} SQL queries per request`,
  );
  console.log(`untrusted anonymous operation refused (200 requests, round trip on loopback):`);
  console.log(`  median ${percentile(refusals, 0.5).toFixed(2)} ms, p95 ${percentile(refusals, 0.95).toFixed(2)} ms`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
