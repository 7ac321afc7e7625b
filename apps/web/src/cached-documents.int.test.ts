import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locale } from '@haven/i18n';
import { startCms, type RunningCms } from '@haven/cms/testing';
import { pathnames } from './i18n/pathnames';
import { eventually } from './testing/eventually';
import { buildSite, freePort, startSite, type RunningSite } from './testing/site-harness';

/**
 * Reading pages are cached documents: the site asks the CMS once per document and publish, not
 * once per visitor. Between the site and the real CMS sits a relay that counts the site's GraphQL
 * requests and can play a CMS that is down.
 */
let cms: RunningCms;
let site: RunningSite;
let relay: Server;
const relayed = { graphql: 0, down: false };

const articlePath = (locale: Locale, slug: string) =>
  `/${locale}${(pathnames['/articles/[slug]'] as Record<Locale, string>)[locale].replace('[slug]', slug)}`;
const page = async (path: string) => {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual' });
  return { response, html: await response.text() };
};
const heading = (html: string) => /<h1[^>]*>([^<]*)/.exec(html)?.[1];
const articles = () => cms.strapi.documents('api::article.article');

/** GraphQL requests the site makes while `work` runs, and in the half second after (background regenerations). */
async function cmsRequestsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = relayed.graphql;
  await work();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return relayed.graphql - before;
}

let compensation: { documentId: string; en: string; es: string };

beforeAll(async () => {
  buildSite();
  const port = await freePort();
  cms = await startCms({ webUrl: `http://localhost:${port}` });
  const target = new URL(cms.url);
  relay = createServer((incoming, outgoing) => {
    if (incoming.url?.startsWith('/graphql')) relayed.graphql += 1;
    if (relayed.down) {
      outgoing.writeHead(503).end();
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  site = await startSite({
    port,
    cmsUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    secrets: cms.secrets,
  });
  const [en] = await articles().findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  const es = await articles().findOne({ documentId: en!.documentId, locale: 'es', status: 'published' });
  compensation = { documentId: en!.documentId, en: en!.slug!, es: es!.slug! };
}, 600_000);

afterAll(async () => {
  await site?.stop();
  relay?.close();
  await cms?.stop();
});

it('serves an article a second time without asking the CMS', async () => {
  const first = await cmsRequestsDuring(() => page(articlePath('en', compensation.en)));
  expect(first).toBeGreaterThan(0);
  const again = await cmsRequestsDuring(async () => {
    for (let i = 0; i < 5; i += 1) expect((await page(articlePath('en', compensation.en))).response.status).toBe(200);
  });
  expect(again).toBe(0);
});

it('regenerates only the pages a publish touches', async () => {
  const spanish = articlePath('es', compensation.es);
  const english = articlePath('en', compensation.en);
  for (const path of [spanish, english, '/es/preguntas-frecuentes', '/en']) await page(path);

  await articles().update({ documentId: compensation.documentId, locale: 'es', data: { title: 'Título recién publicado' } });
  await articles().publish({ documentId: compensation.documentId, locale: 'es' });
  await eventually(async () => heading((await page(spanish)).html) === 'Título recién publicado');

  const untouched = await cmsRequestsDuring(async () => {
    for (const path of [english, '/es/preguntas-frecuentes', '/en']) expect((await page(path)).response.status).toBe(200);
  });
  expect(untouched).toBe(0);
});

it('keeps the stale page while the CMS is down after a publish, and replaces it once the CMS is back', async () => {
  const spanish = articlePath('es', compensation.es);
  const before = heading((await page(spanish)).html);
  relayed.down = true;
  try {
    await articles().update({ documentId: compensation.documentId, locale: 'es', data: { title: 'Título con el CMS caído' } });
    await articles().publish({ documentId: compensation.documentId, locale: 'es' });
    // The webhook reaches the site (it does not pass the relay); every regeneration now fails.
    const requestsWhileDown = await cmsRequestsDuring(async () => {
      for (let i = 0; i < 5; i += 1) {
        const { response, html } = await page(spanish);
        expect(response.status).toBe(200);
        expect(heading(html)).toBe(before);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    expect(requestsWhileDown).toBeGreaterThan(0);
  } finally {
    relayed.down = false;
  }
  await eventually(async () => heading((await page(spanish)).html) === 'Título con el CMS caído');
});
