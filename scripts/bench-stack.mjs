// What the benchmark scripts share: starting a seeded CMS (on a throwaway SQLite file) and the built
// site against it, the reading pages to measure, and stopping every process they started.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = path.join(root, 'apps/web');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STRAPI_TELEMETRY_DISABLED: 'true' };

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** The reading pages the budgets are about, in a locale; the article is the compensation article. */
export const readingPages = (locale, articleSlug) => ({
  home: `/${locale}`,
  article: locale === 'en' ? `/en/articles/${articleSlug}` : `/fa/maghaleh/${articleSlug}`,
  resources: locale === 'en' ? '/en/resources' : '/fa/manabe',
  FAQ: locale === 'en' ? '/en/faq' : '/fa/porsesh-haye-motadavel',
});

// Every child leads its own process group, so stopping one also stops what it started.
const children = new Set();
export function start(command, args, { stopSignal = 'SIGTERM', ...options } = {}) {
  const child = spawn(command, args, { ...options, env: { ...env, ...options.env }, detached: true });
  child.stopSignal = stopSignal;
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // already gone
  }
}
export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  signal(child, child.stopSignal);
  const timer = setTimeout(() => signal(child, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
/** Requests per second and latency of `url` under autocannon (`load`: connections, duration). */
export async function throughput(load, url) {
  const result = await autocannon({ url, ...load });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export const stopAll = () => Promise.all([...children].map(stop));
process.on('exit', () => children.forEach((child) => signal(child, 'SIGKILL')));

export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

export async function firstLine(child, what) {
  const lines = createInterface({ input: child.stdout });
  const [line] = await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`${what} exited (${code}) before it was ready`))),
  ]);
  return line;
}

/** Builds the site when it has no build (or when `build` is true); returns the build id. */
export function ensureSiteBuild(build = false) {
  if (build || !existsSync(path.join(webDir, '.next', 'BUILD_ID')) || !existsSync(path.join(webDir, 'dist', 'site-server.cjs'))) {
    console.error('building the site (npm run build)…');
    const result = spawnSync('npm', ['run', 'build'], { cwd: webDir, env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore' });
    if (result.status !== 0) throw new Error('the site build failed');
  }
  return readFileSync(path.join(webDir, '.next', 'BUILD_ID'), 'utf8').trim();
}

/**
 * A seeded CMS and the built site against it. Returns the site's address, the CMS's
 * ({ url, secrets, editorToken } from serve-seeded.js), both processes, and the slugs of the
 * compensation article per locale.
 */
export async function startStack() {
  console.error('starting a seeded CMS and the site…');
  const port = await freePort();
  const site = `http://localhost:${port}`;
  const cmsProcess = start(process.execPath, [path.join(root, 'apps/cms/scripts/serve-seeded.js')], {
    env: { WEB_URL: site },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const cms = JSON.parse(await firstLine(cmsProcess, 'the CMS'));
  // Bound to localhost, not 127.0.0.1, as in the test harness (Next answers localized paths on 127.0.0.1 with redirects).
  const web = start(process.execPath, [path.join(webDir, 'dist', 'site-server.cjs'), '-H', 'localhost', '-p', String(port)], {
    cwd: webDir,
    env: {
      NODE_ENV: 'production',
      CMS_GRAPHQL_URL: `${cms.url}/graphql`,
      CMS_TIMEOUT_MS: '3000',
      SITE_URL: site,
      REVALIDATE_SECRET: cms.secrets.revalidate,
      PREVIEW_SECRET: cms.secrets.preview,
      CMS_PREVIEW_TOKEN: cms.secrets.previewToken,
    },
    stdio: 'ignore',
  });
  for (
    let tries = 0;
    !(await fetch(`${site}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    ));
    tries += 1
  ) {
    if (web.exitCode !== null) throw new Error('the site exited');
    if (tries > 240) throw new Error('the site did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const english = await (await fetch(`${cms.url}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json();
  const { documentId } = english.data[0];
  const slugs = { en: english.data[0].slug };
  for (const locale of ['es', 'fa'])
    slugs[locale] = (await (await fetch(`${cms.url}/api/articles/${documentId}?locale=${locale}`)).json()).data.slug;
  return { site, cms, cmsProcess, web, article: { documentId, slugs } };
}
