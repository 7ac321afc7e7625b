import type { AddressInfo } from 'node:net';
import { localeCodes, type Locale } from '@haven/i18n';
import { startCms, type RunningCms } from '@haven/cms/testing';
import { pathnames } from './i18n/pathnames';
import { buildSite, freePort, startSite, type RunningSite } from './testing/site-harness';

/**
 * The CMS going down must not take the site down: cached pages keep being served, a page never
 * cached shows a friendly page with the hotlines, and once the CMS is back publishing works again.
 */
let cms: RunningCms;
let site: RunningSite;
let cmsPort: number;

const localized = (pathname: keyof typeof pathnames, locale: Locale, slug = '') => {
  const path = pathnames[pathname];
  return `/${locale}${(typeof path === 'string' ? path : path[locale]).replace('[slug]', slug)}`.replace(/\/$/, '');
};
const page = async (path: string) => {
  const response = await fetch(`${site.url}${path}`, { redirect: 'follow' });
  return { response, html: await response.text() };
};
const articles = () => cms.strapi.documents('api::article.article');

async function stopCms(): Promise<void> {
  const server = cms.strapi.server.httpServer;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
async function restartCms(): Promise<void> {
  await new Promise<void>((resolve) => cms.strapi.server.httpServer.listen(cmsPort, '127.0.0.1', resolve));
}

let documentId: string;
let slugs: Record<string, string>;
let titles: Record<string, string>;

beforeAll(async () => {
  buildSite();
  const port = await freePort();
  cms = await startCms({ webUrl: `http://localhost:${port}` });
  cmsPort = (cms.strapi.server.httpServer.address() as AddressInfo).port;
  site = await startSite({ port, cmsUrl: cms.url, secrets: cms.secrets });
  const [en] = await articles().findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  const versions = await articles().findMany({ locale: '*', status: 'published', filters: { documentId: en!.documentId } } as never);
  documentId = en!.documentId;
  slugs = Object.fromEntries(versions.map((v) => [v.locale, v.slug]));
  titles = Object.fromEntries(versions.map((v) => [v.locale, v.title]));
  for (const locale of localeCodes) {
    await page(`/${locale}`);
    await page(localized('/articles/[slug]', locale, slugs[locale]));
  }
  await stopCms();
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

it('the CMS is really down', async () => {
  await expect(fetch(`${cms.url}/graphql`)).rejects.toThrow();
});

it.each(localeCodes)('keeps serving the cached home and article pages in %s', async (locale) => {
  const home = await page(`/${locale}`);
  expect(home.response.status).toBe(200);
  const article = await page(localized('/articles/[slug]', locale, slugs[locale]));
  expect(article.response.status).toBe(200);
  expect(article.html).toContain(titles[locale]!.replace(/'/g, '&#x27;'));
});

it.each(['en', 'fa', 'vi'] as const)('shows a page never cached as a friendly page with the hotlines in %s', async (locale) => {
  const { response, html } = await page(localized('/faq', locale));
  expect(response.status).toBeLessThan(500);
  expect(response.url).toContain(`/${locale}/unavailable`);
  expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
  expect(html).toContain('tel:18883737888');
  expect(html).toContain('1-888-373-7888');
  expect(html).not.toMatch(/at \w+ \(.*:\d+:\d+\)/); // no stack trace
});

it('shows publishes again once the CMS is back', async () => {
  await restartCms();
  await articles().update({ documentId, locale: 'en', data: { title: 'Back online title' } });
  await articles().publish({ documentId, locale: 'en' });
  const deadline = Date.now() + 15_000;
  let html = '';
  while (Date.now() < deadline && !html.includes('Back online title')) {
    html = (await page(localized('/articles/[slug]', 'en', slugs.en))).html;
    if (!html.includes('Back online title')) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(html).toContain('Back online title');
});
