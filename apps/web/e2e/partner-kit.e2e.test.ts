import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page, Request } from 'playwright-core';
import { browserPerFile, newContext, siteUrl } from './browser';

/**
 * The partner kit as a partner uses it: the partner page's links, flyers, QR codes and embed codes,
 * and the embeds framed by another site (a page on a second loopback origin, pasted from the
 * partner page's code), which no other Haven page can be.
 */
const { browser, track } = browserPerFile();

/** The partner's own site: serves whatever `partnerHtml` is, from another origin than Haven's. */
let partnerSite: Server;
let partnerUrl: string;
let partnerHtml = '';

beforeAll(async () => {
  partnerSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(partnerHtml);
  });
  await new Promise<void>((resolve) => partnerSite.listen(0, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${(partnerSite.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  partnerSite.closeAllConnections();
  await new Promise((resolve) => partnerSite.close(resolve));
});

const siteOrigin = () => new URL(siteUrl()).origin;

async function partnerPage(locale: string): Promise<Page> {
  const page = await track(await newContext(browser())).newPage();
  const response = await page.goto(`/${locale}/partners`);
  expect(response?.status()).toBe(200);
  return page;
}

/** The embed codes the partner page offers, in the order it shows them (hotlines, then services). */
async function embedCodes(locale: string): Promise<string[]> {
  const page = await partnerPage(locale);
  return page.locator('textarea[data-embed-code]').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
}

/** Opens the partner's page with `body`, recording every request made from it and its frames. */
async function openPartnerSite(body: string): Promise<{ page: Page; requests: Request[] }> {
  partnerHtml = `<!doctype html><html lang="en"><title>A partner's page</title><h1>Our services</h1>${body}</html>`;
  const context = track(await newContext(browser()));
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(partnerUrl, { waitUntil: 'networkidle' });
  return { page, requests };
}

function frameAt(page: Page, pathname: string): Frame {
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame() && candidate.url().includes(pathname));
  if (!frame)
    throw new Error(
      `no frame at ${pathname}: ${page
        .frames()
        .map((candidate) => candidate.url())
        .join(', ')}`,
    );
  return frame;
}

describe('the partner page', () => {
  it('lists every published article and resource with its permanent link, flyer and QR code', async () => {
    const sitemap = await (await fetch(`${siteUrl()}/sitemap.xml`)).text();
    const englishDocuments = sitemap.match(/<loc>[^<]*\/en\/(?:articles|resources)\/[^<]+<\/loc>/g) ?? [];
    expect(englishDocuments.length).toBeGreaterThan(5);

    const page = await partnerPage('es');
    const items = page.locator('[data-shareable]');
    await expect(items.count()).resolves.toBe(englishDocuments.length);
    const documentIds = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-shareable') ?? ''));

    for (const documentId of documentIds) {
      const item = page.locator(`[data-shareable="${documentId}"]`);
      const permalink = await item.locator('input[type="url"]').inputValue();
      expect(permalink).toBe(`${siteUrl()}/go/${documentId}?lang=es`);
      const followed = await fetch(permalink, { redirect: 'manual' });
      expect([documentId, followed.status, followed.headers.get('location')]).toEqual([documentId, 308, expect.stringMatching(/^\/es\//)]);
      await expect(item.locator('a', { hasText: 'Imprimir un volante' }).getAttribute('href')).resolves.toBe(
        `/go/${documentId}/flyer?lang=es`,
      );
      await expect(item.locator('details a[hreflang]').count()).resolves.toBe(8);
    }

    const qr = await fetch(`${siteUrl()}${await items.first().locator('img').getAttribute('src')}`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    await expect(qr.text()).resolves.toMatch(/^<svg/);
  });

  it('shows, in each language, embed codes for the hotlines and the services in that language', async () => {
    for (const locale of ['en', 'fa']) {
      const [hotlines, resources] = await embedCodes(locale);
      expect(hotlines).toContain(`src="${siteUrl()}/embed/hotlines?lang=${locale}"`);
      expect(resources).toContain(`src="${siteUrl()}/embed/resources?lang=${locale}&amp;kind=legal_aid"`);
      expect(hotlines).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
    }
  });
});

describe('an embed on a partner site', () => {
  it('shows in the partner page, while other Haven pages refuse to be framed', async () => {
    const [hotlines = '', resources = ''] = await embedCodes('es');
    const { page } = await openPartnerSite(
      `${hotlines}${resources}<iframe src="${siteUrl()}/es/aliados" title="not an embed"></iframe>` +
        `<iframe src="${siteUrl()}/es" title="not an embed either"></iframe>`,
    );
    const hotlinesFrame = frameAt(page, '/embed/hotlines');
    await expect(hotlinesFrame.locator('h1').textContent()).resolves.toBe('Ayuda ahora');
    await expect(hotlinesFrame.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
    const resourcesFrame = frameAt(page, '/embed/resources');
    await expect(resourcesFrame.locator('main li a[target="_top"]').count()).resolves.toBeGreaterThan(0);

    // Chromium replaces a frame its CSP refuses with its own error page.
    const others = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.url().includes('/embed/'));
    expect(others).toHaveLength(2);
    for (const frame of others) {
      expect(frame.url()).toMatch(/^chrome-error:/);
      await expect(frame.locator('main').count()).resolves.toBe(0);
    }
  });

  it('sets no cookie and asks nothing of any site but Haven', async () => {
    const [hotlines = '', resources = ''] = await embedCodes('vi');
    const { page, requests } = await openPartnerSite(`${hotlines}${resources}`);
    const fromFrames = requests.filter((request) => request.frame() !== page.mainFrame());
    expect(fromFrames.length).toBeGreaterThan(2);
    expect([...new Set(fromFrames.map((request) => new URL(request.url()).origin))]).toEqual([siteOrigin()]);
    const embed = await fetch(`${siteUrl()}/embed/hotlines?lang=vi`);
    expect(embed.headers.get('set-cookie')).toBeNull();
    await expect(page.context().cookies()).resolves.toEqual([]);
  });

  it('opens a service in the whole window, not inside the frame', async () => {
    const [, resources = ''] = await embedCodes('en');
    const { page } = await openPartnerSite(resources);
    const link = frameAt(page, '/embed/resources').locator('main li a[target="_top"]').first();
    const href = await link.getAttribute('href');
    await Promise.all([page.waitForURL(`${siteUrl()}${href}`), link.click()]);
    expect(page.frames()).toHaveLength(1);
    await expect(page.locator('main h1').count()).resolves.toBe(1);
  });

  it("has a Quick exit that leaves the partner's whole page", async () => {
    const [hotlines = ''] = await embedCodes('fa');
    const { page } = await openPartnerSite(hotlines);
    const quickExit = frameAt(page, '/embed/hotlines').locator('a[data-quick-exit]');
    const destination = (await quickExit.getAttribute('href'))!;
    // No network here: the neutral site answers from the test.
    await page.context().route(`${new URL(destination).origin}/**`, (route) => route.fulfill({ body: 'A neutral page' }));
    await Promise.all([page.waitForURL(destination), quickExit.click()]);
    expect(page.mainFrame().url()).toBe(destination);
  });

  it('falls back to the whole list for a county or kind the directory does not offer', async () => {
    const response = await fetch(`${siteUrl()}/embed/resources?lang=es&county=Atlantis&kind=legal_aid`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/embed/resources?lang=es&kind=legal_aid');
  });
});
