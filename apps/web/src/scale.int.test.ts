import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '@haven/i18n';
import { Client } from 'pg';
import { freePort } from './testing/site-harness';

/**
 * The scale profile as it runs in production (scripts/scale.mjs): the CMS on PostgreSQL, two web
 * instances sharing one cache through Redis (a Redis of this test's own, so it can be stopped),
 * nginx in front. Ports 1337, 3001, 3002 and 8080 must be free.
 */
const root = path.resolve(__dirname, '..', '..', '..');
const front = 'http://localhost:8080';
const instances = ['http://localhost:3001', 'http://localhost:3002'];
const cms = 'http://localhost:1337';
const database = `haven_scale_test_${randomBytes(4).toString('hex')}`;
let redis: ChildProcess;
let redisUrl: string;

const scale = (command: 'start' | 'stop') =>
  spawnSync(process.execPath, [path.join(root, 'scripts', 'scale.mjs'), command], {
    cwd: root,
    env: { ...process.env, SCALE_DATABASE: database, SCALE_REDIS_URL: redisUrl },
    encoding: 'utf8',
    timeout: 600_000,
  });

async function page(base: string, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers, redirect: 'manual' });
  return { response, html: await response.text() };
}

/** The Spanish compensation article: its documentId and page path. */
let article: { documentId: string; path: string };
let adminToken: string;

beforeAll(async () => {
  const port = await freePort();
  redisUrl = `redis://127.0.0.1:${port}`;
  redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const started = scale('start');
  if (started.status !== 0) throw new Error(`start:scale failed:\n${started.stdout}\n${started.stderr}`);
  const english = (await (await fetch(`${cms}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json()) as {
    data: { documentId: string }[];
  };
  const documentId = english.data[0]!.documentId;
  const spanish = (await (await fetch(`${cms}/api/articles/${documentId}?locale=es`)).json()) as { data: { slug: string } };
  article = { documentId, path: `/es/articulos/${spanish.data.slug}` };
  // A production CMS creates no account: the first administrator registers, as on a new install.
  const registered = await fetch(`${cms}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'intake-lead@haven.test',
      password: `Scale-${randomBytes(6).toString('hex')}-1`,
      firstname: 'Scale',
      lastname: 'Test',
    }),
  });
  if (!registered.ok) throw new Error(`registering the first administrator failed: ${registered.status} ${await registered.text()}`);
  adminToken = ((await registered.json()) as { data: { token: string } }).data.token;
}, 900_000);

afterAll(async () => {
  scale('stop');
  redis?.kill();
  const pg = new Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await pg.connect();
  await pg.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await pg.end();
}, 120_000);

it('serves an anonymous page from the front cache on its second request, never with a cookie', async () => {
  for (const locale of localeCodes) {
    await page(front, `/${locale}`);
    // A stored page is fresh for one second (HIT), then served while it is refreshed (UPDATING): either
    // way from the front's copy, never passed to an instance (MISS, BYPASS).
    const answers = [await page(front, `/${locale}`), await page(front, `/${locale}`)];
    for (const { response } of answers) expect(['HIT', 'UPDATING', 'STALE']).toContain(response.headers.get('x-cache-status'));
    for (const { response } of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    }
  }
});

it('names a stored page by its path: a made-up query is served from the same copy', async () => {
  await page(front, '/fil');
  const { response } = await page(front, `/fil?utm_source=${randomBytes(6).toString('hex')}`);
  expect(['HIT', 'UPDATING', 'STALE']).toContain(response.headers.get('x-cache-status'));
});

it('keeps a copy of a partner address per language and filter, which its query chooses', async () => {
  for (const locale of ['es', 'fa', 'es', 'fa']) {
    const embed = await page(front, `/embed/hotlines?lang=${locale}`);
    expect(/<html lang="([^"]+)"/.exec(embed.html)?.[1]).toBe(locale);
    const permalink = await page(front, `/go/${article.documentId}?lang=${locale}`);
    expect(permalink.response.headers.get('location')).toMatch(new RegExp(`^/${locale}/`));
  }
  for (const kind of ['legal_aid', 'shelter', 'legal_aid']) {
    const { html } = await page(front, `/embed/resources?lang=en&kind=${kind}`);
    // The embed links to the whole directory with its own filter.
    expect(/href="\/en\/resources\?kind=(\w+)"/.exec(html)?.[1]).toBe(kind);
  }
});

it('lets the refresh server fetch only from an instance on this machine', async () => {
  for (const upstream of [undefined, '10.0.0.1:80', '127.0.0.1:3001@evil.example', 'localhost:3001']) {
    const response = await fetch('http://127.0.0.1:8081/en', { headers: upstream ? { 'x-haven-upstream': upstream } : {} });
    expect(response.status).toBe(400);
  }
  expect((await fetch('http://127.0.0.1:8081/en', { headers: { 'x-haven-upstream': '127.0.0.1:3001' } })).status).toBe(200);
});

it('never caches draft-mode, RSC or API traffic in front', async () => {
  for (let i = 0; i < 2; i += 1) {
    expect((await page(front, '/en', { cookie: '__prerender_bypass=editor' })).response.headers.get('x-cache-status')).toBe('BYPASS');
    expect((await page(front, '/en', { rsc: '1' })).response.headers.get('x-cache-status')).toBe('BYPASS');
    expect((await page(front, '/api/revalidate')).response.headers.get('x-cache-status')).toBe('BYPASS');
  }
});

it('shows a publish through the admin API on both instances and through the front within 2 s', async () => {
  for (const base of [front, ...instances]) expect((await page(base, article.path)).response.status).toBe(200);
  const title = `Título publicado ${Date.now()}`;
  const published = await fetch(
    `${cms}/content-manager/collection-types/api::article.article/${article.documentId}/actions/publish?locale=es`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ title, locale: 'es' }),
    },
  );
  expect(published.status).toBe(200);
  const start = performance.now();
  const visible = await Promise.all(
    [front, ...instances].map(async (base) => {
      while (!(await page(base, article.path)).html.includes(title)) {
        if (performance.now() - start > 10_000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return performance.now() - start;
    }),
  );
  expect(Math.max(...visible)).toBeLessThan(2000);
});

/**
 * Unpublishes one locale of a document through the admin API, then sends the site the webhook the CMS
 * sends in the background, to know when it has answered (with how many front copies it refreshed).
 */
async function withdraw(uid: string, documentId: string, locale: string): Promise<{ frontRefreshed: number }> {
  const unpublished = await fetch(`${cms}/content-manager/collection-types/${uid}/${documentId}/actions/unpublish?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: '{}',
  });
  expect(unpublished.status).toBe(200);
  const { REVALIDATE_SECRET } = JSON.parse(readFileSync(path.join(root, '.scale', 'secrets.json'), 'utf8')) as Record<string, string>;
  const hook = await fetch(`${instances[0]}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${REVALIDATE_SECRET}` },
    body: JSON.stringify({ event: 'entry.unpublish', uid, entry: { documentId, locale } }),
  });
  expect(hook.status).toBe(200);
  return (await hook.json()) as { frontRefreshed: number };
}

it('takes a withdrawn translation down on both instances and through the front once the webhook has answered', async () => {
  const english = (await (await fetch(`${cms}/api/articles?locale=en&filters[slug][$eq]=staying-safe-online`)).json()) as {
    data: { documentId: string }[];
  };
  const documentId = english.data[0]!.documentId;
  const spanish = (await (await fetch(`${cms}/api/articles/${documentId}?locale=es`)).json()) as { data: { slug: string; title: string } };
  const paths = [`/es/articulos/${spanish.data.slug}`, '/es'];
  // Stored in front in each encoding, and generated on both instances.
  for (const encoding of ['br', 'gzip', '']) for (const pathname of paths) await page(front, pathname, { 'accept-encoding': encoding });
  for (const base of [front, ...instances]) expect((await page(base, paths[0]!)).html).toContain(spanish.data.title);

  const hook = await withdraw('api::article.article', documentId, 'es');
  expect(hook.frontRefreshed).toBeGreaterThanOrEqual(2);

  // From now on no answer anywhere shows it: not the first, not while the front refreshes its copies.
  const until = performance.now() + 2500;
  const shown: string[] = [];
  let answers = 0;
  while (performance.now() < until) {
    for (const base of [front, ...instances])
      for (const encoding of ['br', 'gzip', ''])
        for (const pathname of paths) {
          const { response, html } = await page(base, pathname, { 'accept-encoding': encoding });
          if (html.includes(spanish.data.title))
            shown.push(`${base}${pathname} (${encoding || 'identity'}, ${response.headers.get('x-cache-status')})`);
          answers += 1;
        }
  }
  expect([...new Set(shown)]).toEqual([]);
  expect(answers).toBeGreaterThan(18);
});

it('takes a withdrawn service translation out of the partner embeds through the front once the webhook has answered', async () => {
  const english = (await (await fetch(`${cms}/api/resources?locale=en&filters[slug][$eq]=cast-los-angeles`)).json()) as {
    data: { documentId: string; kind: string }[];
  };
  const { documentId, kind } = english.data[0]!;
  const spanish = (await (await fetch(`${cms}/api/resources/${documentId}?locale=es`)).json()) as { data: { description: string } };
  const embed = `/embed/resources?lang=es&kind=${kind}`;
  // The Spanish description shows in the card, escaped as the page writes text.
  const shownText = spanish.data.description.slice(0, 40);
  for (const encoding of ['br', 'gzip', '']) await page(front, embed, { 'accept-encoding': encoding });
  expect((await page(front, embed)).html).toContain(shownText);

  await withdraw('api::resource.resource', documentId, 'es');

  const shown: string[] = [];
  for (const encoding of ['br', 'gzip', '']) {
    const { response, html } = await page(front, embed, { 'accept-encoding': encoding });
    if (html.includes(shownText)) shown.push(`${encoding || 'identity'} (${response.headers.get('x-cache-status')})`);
  }
  expect(shown).toEqual([]);
});

it('keeps answering every locale’s cached pages through the front and on both instances while the CMS is frozen', async () => {
  // Generated since the last withdrawal (which expired every Spanish article page at once).
  for (const base of [front, ...instances])
    for (const pathname of [...localeCodes.map((locale) => `/${locale}`), article.path]) await page(base, pathname);
  const started = JSON.parse(readFileSync(path.join(root, '.scale', 'pids.json'), 'utf8')) as { name: string; pid?: number }[];
  const cmsGroup = started.find((entry) => entry.name === 'cms')!.pid!;
  process.kill(-cmsGroup, 'SIGSTOP');
  try {
    for (const base of [front, ...instances]) {
      for (const locale of localeCodes) expect((await page(base, `/${locale}`)).response.status).toBe(200);
      expect((await page(base, article.path)).response.status).toBe(200);
    }
  } finally {
    process.kill(-cmsGroup, 'SIGCONT');
  }
});

it('keeps answering on both instances with Redis stopped', async () => {
  redis.kill('SIGKILL');
  await new Promise((resolve) => redis.once('exit', resolve));
  for (const base of instances) {
    expect((await page(base, article.path)).response.status).toBe(200);
    expect((await page(base, '/en/faq')).response.status).toBe(200);
  }
});
