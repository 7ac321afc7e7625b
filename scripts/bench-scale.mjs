// `npm run bench:scale`: Haven at scale, in one run. Starts the scale profile (scripts/scale.mjs) on a
// database and a Redis of its own, then prints, for the cached English article:
//   - requests per second through the front (nginx :8080), from one instance directly (:3001), and
//     from nginx serving the same saved HTML from a static root (autocannon, 50 connections, 20 s
//     each, the same request headers), with the ratios;
//   - publish → visible through the front and on both instances (20 publishes: median and worst);
//   - first-load JavaScript, HTML and inline hydration data of the reading pages;
//   - Lighthouse mobile LCP for the article and for the same HTML with its scripts removed.
// Stops everything it started and drops its database.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lighthouseScores } from './bench-lighthouse.mjs';
import { pageWeight } from './bench-pages.mjs';
import { freePort, kB, percentile, readingPages, start, stop, stopAll, throughput } from './bench-stack.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'haven-bench-scale-'));
// nginx's workers run as an unprivileged user when started by root: they must be able to read the static root.
chmodSync(work, 0o755);
const load = { connections: 50, duration: 20 };
const runsArgument = process.argv.find((argument) => argument.startsWith('--runs='));
const runs = runsArgument ? Math.max(1, Number.parseInt(runsArgument.slice('--runs='.length), 10) || 1) : 3;
const database = `haven_scale_bench_${randomBytes(4).toString('hex')}`;
const redisPort = await freePort();
Object.assign(process.env, { SCALE_DATABASE: database, SCALE_REDIS_URL: `redis://127.0.0.1:${redisPort}` });
const profile = await import('./scale.mjs');
const { scale } = profile;
const instances = scale.webPorts.map((port) => `http://localhost:${port}`);

/** nginx serving `files` (name → HTML) from a static root, with /_next/ passed to the front so styles load. */
async function startStaticNginx(files) {
  const prefix = path.join(work, 'static');
  const site = path.join(prefix, 'root');
  for (const dir of [site, path.join(prefix, 'logs'), path.join(prefix, 'temp')]) mkdirSync(dir, { recursive: true });
  for (const [name, html] of Object.entries(files)) writeFileSync(path.join(site, name), html);
  const port = await freePort();
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/temp; proxy_temp_path ${prefix}/temp; fastcgi_temp_path ${prefix}/temp;
  uwsgi_temp_path ${prefix}/temp; scgi_temp_path ${prefix}/temp;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${site};
    location /_next/ { proxy_pass ${scale.front}; }
  }
}
`,
  );
  const nginx = start('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
    stopSignal: 'SIGQUIT',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const status = await fetch(`${url}/article.html`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (tries > 50) throw new Error(`the static nginx does not serve the saved page (status ${status}; see ${prefix}/logs/error.log)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { nginx, url };
}

/** The article's HTML as a browser with JavaScript off would use it: no scripts, no script preloads. */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '');

async function registerAdmin() {
  const response = await fetch(`${scale.cms}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@haven.test',
      password: `Bench-${randomBytes(6).toString('hex')}-1`,
      firstname: 'Bench',
      lastname: 'Run',
    }),
  });
  if (!response.ok) throw new Error(`registering the first administrator failed: ${response.status}`);
  return (await response.json()).data.token;
}

async function publishDelays(documentId, pagePath, token) {
  const delays = [];
  for (let i = 1; i <= 20; i += 1) {
    const title = `Título de prueba ${i} ${Date.now()}`;
    const response = await fetch(
      `${scale.cms}/content-manager/collection-types/api::article.article/${documentId}/actions/publish?locale=es`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ title, locale: 'es' }),
      },
    );
    if (!response.ok) throw new Error(`publish ${i} failed: ${response.status} ${await response.text()}`);
    const published = performance.now();
    const seen = await Promise.all(
      [scale.front, ...instances].map(async (base) => {
        while (!(await (await fetch(`${base}${pagePath}`)).text()).includes(title)) {
          if (performance.now() - published > 30_000) throw new Error(`publish ${i} not visible on ${base} within 30 s`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return performance.now() - published;
      }),
    );
    delays.push(Math.max(...seen));
  }
  return delays;
}

const redis = spawn('redis-server', ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
/** Resolves once something accepts connections on the port. */
async function listening(port) {
  for (let tries = 0; tries < 100; tries += 1) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(true) || socket.end()).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens on port ${port}`);
}

try {
  await listening(redisPort);
  await profile.start();
  const english = await (await fetch(`${scale.cms}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json();
  const documentId = english.data[0].documentId;
  const spanish = (await (await fetch(`${scale.cms}/api/articles/${documentId}?locale=es`)).json()).data;
  const pages = Object.entries(readingPages('en', 'getting-compensation'));
  const articlePath = readingPages('en', 'getting-compensation').article;
  for (const base of [scale.front, ...instances]) for (const [, pagePath] of pages) await fetch(`${base}${pagePath}`);

  const weights = [];
  for (const [name, pagePath] of pages) weights.push({ name, ...(await pageWeight(scale.front, pagePath)) });
  const articleHtml = weights.find((page) => page.name === 'article').html;
  const { nginx, url: staticUrl } = await startStaticNginx({
    'article.html': articleHtml,
    'article-no-scripts.html': withoutScripts(articleHtml),
  });

  const loads = {};
  for (const [name, url] of [
    ['front (nginx cache)', `${scale.front}${articlePath}`],
    ['one instance', `${instances[0]}${articlePath}`],
    ['static nginx', `${staticUrl}/article.html`],
  ]) {
    console.error(`autocannon: ${name} (${load.duration} s)…`);
    loads[name] = await throughput(load, url);
  }

  console.error('20 publishes…');
  const delays = await publishDelays(documentId, `/es/articulos/${spanish.slug}`, await registerAdmin());

  console.error('lighthouse…');
  const withScripts = await lighthouseScores(`${scale.front}${articlePath}`, { name: 'article', runs, work });
  const scriptFree = await lighthouseScores(`${staticUrl}/article-no-scripts.html`, { name: 'article-no-scripts', runs, work });
  await stop(nginx);

  const staticRps = loads['static nginx'].rps;
  console.log(
    `\nHaven at scale — cached ${articlePath}, autocannon ${load.connections} connections × ${load.duration} s each, identity encoding:`,
  );
  for (const [name, result] of Object.entries(loads)) {
    console.log(
      `  ${name.padEnd(20)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ` +
        `(${result.non2xx} non-2xx, ${result.errors} errors)  ${((100 * result.rps) / staticRps).toFixed(1)} % of static`,
    );
  }
  console.log(`  targets: front ≥ 50 % of static, p99 < 100 ms, 0 errors; one instance ≥ 450 req/s`);
  console.log(
    `\npublish → visible through the front and on both instances (20 publishes): median ${percentile(delays, 0.5).toFixed(0)} ms, ` +
      `worst ${Math.max(...delays).toFixed(0)} ms (target ≤ 2000 ms)`,
  );
  console.log('\nreading pages (en, through the front):');
  for (const page of weights)
    console.log(
      `  ${page.name.padEnd(10)} HTML ${kB(page.htmlBytes)} (${kB(page.htmlGzip)} gz), inline data ${kB(page.inlineBytes)}, ` +
        `first-load JS ${kB(page.jsGzip)} gz in ${page.scripts} files (target ≤ 100 kB)`,
    );
  const lcp = (report) => (report.error ? `error: ${report.error}` : `${(report.lcpMs / 1000).toFixed(2)} s (perf ${report.performance})`);
  console.log(`\nLighthouse mobile (median of ${runs}): article LCP ${lcp(withScripts)}; the same HTML without scripts ${lcp(scriptFree)}`);
  if (!withScripts.error && !scriptFree.error)
    console.log(`  LCP ratio ${(withScripts.lcpMs / scriptFree.lcpMs).toFixed(2)} (target ≤ 1.3)`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await profile.stop();
  await stopAll();
  redis.kill();
  spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
