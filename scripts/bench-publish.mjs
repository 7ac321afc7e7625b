// `npm run bench:publish`: how fast a publish reaches visitors, and how the site holds up with the
// CMS stopped. Starts a seeded CMS and the built site (run `npm run build` first), publishes a new
// Spanish title 20 times through the CMS's REST API, and times each from the API call returning to
// the Spanish page serving it. Then stops the CMS and measures cached article requests per second.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = `${root}node_modules/next/dist/bin/next`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STRAPI_TELEMETRY_DISABLED: 'true' };
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

const children = [];
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));

const port = await freePort();
const site = `http://localhost:${port}`;
const cmsProcess = spawn(process.execPath, [`${root}apps/cms/scripts/serve-seeded.js`], { env: { ...env, WEB_URL: site }, stdio: ['ignore', 'pipe', 'inherit'] });
children.push(cmsProcess);
const [line] = await once(createInterface({ input: cmsProcess.stdout }), 'line');
const cms = JSON.parse(line);
const web = spawn(process.execPath, [next, 'start', '-H', 'localhost', '-p', String(port)], {
  cwd: `${root}apps/web`,
  env: { ...env, NODE_ENV: 'production', CMS_GRAPHQL_URL: `${cms.url}/graphql`, CMS_TIMEOUT_MS: '3000', SITE_URL: site, REVALIDATE_SECRET: cms.secrets.revalidate },
  stdio: 'ignore',
});
children.push(web);
for (let tries = 0; !(await fetch(`${site}/robots.txt`).then((r) => r.ok, () => false)); tries += 1) {
  if (tries > 240) throw new Error('the site did not start');
  await new Promise((resolve) => setTimeout(resolve, 250));
}

const english = await (await fetch(`${cms.url}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json();
const { documentId } = english.data[0];
const spanish = await (await fetch(`${cms.url}/api/articles/${documentId}?locale=es`)).json();
const page = `${site}/es/articulos/${spanish.data.slug}`;
await fetch(page);

const delays = [];
for (let i = 1; i <= 20; i += 1) {
  const title = `Título de prueba ${i} ${Date.now()}`;
  const response = await fetch(`${cms.url}/api/articles/${documentId}?locale=es&status=published`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.editorToken}` },
    body: JSON.stringify({ data: { title } }),
  });
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
  const published = performance.now();
  while (!(await (await fetch(page)).text()).includes(title)) {
    if (performance.now() - published > 30_000) throw new Error(`publish ${i} not served within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  delays.push(performance.now() - published);
}

cmsProcess.kill('SIGTERM');
await once(cmsProcess, 'exit');
const stillServed = (await fetch(page)).status;
const load = await autocannon({ url: page, connections: 50, duration: 20 });

console.log(`publish → served (20 publishes): median ${percentile(delays, 0.5).toFixed(0)} ms, worst ${Math.max(...delays).toFixed(0)} ms`);
console.log(`cached Spanish article with the CMS stopped: status ${stillServed}, ${load.requests.average.toFixed(0)} requests/s (50 connections, 20 s; ${load.non2xx} non-2xx, ${load.errors} errors), latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms`);
process.exit(0);
