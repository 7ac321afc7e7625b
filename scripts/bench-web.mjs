// `npm run bench:web`: builds the site, starts it against a seeded CMS, and prints for the home,
// article, resources and FAQ pages (en and fa) the HTML size, the first-load JavaScript (gzipped)
// and the time to first byte of a cached page.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = `${root}apps/web`;
const next = `${root}node_modules/next/dist/bin/next`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STRAPI_TELEMETRY_DISABLED: 'true' };

const pages = (locale, articleSlug) => ({
  home: `/${locale}`,
  article: locale === 'en' ? `/en/articles/${articleSlug}` : `/fa/maghaleh/${articleSlug}`,
  resources: locale === 'en' ? '/en/resources' : '/fa/manabe',
  faq: locale === 'en' ? '/en/faq' : '/fa/porsesh-haye-motadavel',
});

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

function ttfb(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    get(url, (response) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      response.resume();
      response.on('end', () => resolve(ms));
    }).on('error', reject);
  });
}

const children = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);

try {
  if (spawnSync(process.execPath, [next, 'build'], { cwd: webDir, env, stdio: 'ignore' }).status !== 0) throw new Error('next build failed');

  const port = await freePort();
  const site = `http://localhost:${port}`;
  const cmsProcess = spawn(process.execPath, [`${root}apps/cms/scripts/serve-seeded.js`], {
    env: { ...env, WEB_URL: site },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(cmsProcess);
  const [line] = await once(createInterface({ input: cmsProcess.stdout }), 'line');
  const cms = JSON.parse(line);

  const web = spawn(process.execPath, [next, 'start', '-H', 'localhost', '-p', String(port)], {
    cwd: webDir,
    env: { ...env, NODE_ENV: 'production', CMS_GRAPHQL_URL: `${cms.url}/graphql`, SITE_URL: site, REVALIDATE_SECRET: cms.secrets.revalidate },
    stdio: 'ignore',
  });
  children.push(web);
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${site}/robots.txt`)).ok) break;
    } catch {}
    if (tries > 240) throw new Error('the site did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const articles = await (await fetch(`${cms.url}/api/articles?locale=fa&filters[slug][$notNull]=true&pagination[pageSize]=100`)).json();
  const english = await (await fetch(`${cms.url}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json();
  const persianSlug = articles.data.find((article) => article.documentId === english.data[0].documentId).slug;

  const rows = [];
  for (const locale of ['en', 'fa']) {
    for (const [name, path] of Object.entries(pages(locale, locale === 'en' ? 'getting-compensation' : persianSlug))) {
      const html = await (await fetch(`${site}${path}`)).text(); // also warms the cache
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
      let js = 0;
      for (const src of new Set(scripts)) js += gzipSync(Buffer.from(await (await fetch(new URL(src, site))).arrayBuffer())).length;
      const times = [];
      for (let i = 0; i < 50; i += 1) times.push(await ttfb(`${site}${path}`));
      rows.push({ page: `${locale} ${name}`, html: kB(Buffer.byteLength(html)), htmlGzip: kB(gzipSync(html).length), firstLoadJsGzip: kB(js), ttfbMedian: `${percentile(times, 0.5).toFixed(1)} ms`, ttfbP95: `${percentile(times, 0.95).toFixed(1)} ms` });
    }
  }
  console.table(rows);
} finally {
  stopAll();
}
