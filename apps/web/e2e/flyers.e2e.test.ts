import type { Locale } from '@haven/i18n';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { browserPerFile, newContext, siteUrl } from './browser';
import { localizedPaths, type LocalizedPaths } from './pages';

/**
 * Printable flyers, as a partner prints them: one page in US Letter and in A4, and a QR code that
 * a phone reads as the page's permanent link, which opens that page in that language.
 */
const { browser, track } = browserPerFile();

let paths: LocalizedPaths;
/** The seeded article's and resource's documentIds, from their permalinks on the English pages. */
const documentIds: Partial<Record<'article' | 'resource', string>> = {};

beforeAll(async () => {
  paths = await localizedPaths();
  for (const type of ['article', 'resource'] as const) {
    const html = await (await fetch(`${siteUrl()}${paths[type].get('en')!}`)).text();
    documentIds[type] = /\/go\/([a-z0-9]+)\?lang=en/.exec(html)?.[1];
  }
});

/** How many pages a PDF from Chromium has (each page is one `/Type /Page` object). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const cases = (['article', 'resource'] as const).flatMap((type) =>
  (['en', 'es', 'zh-Hant', 'fa'] as Locale[]).map((locale) => [type, locale] as const),
);

describe.each(cases)('the %s flyer in %s', (type, locale) => {
  it('prints on exactly one page in Letter and A4, and its QR code opens the page in that language', async () => {
    const documentId = documentIds[type]!;
    const page = await track(await newContext(browser())).newPage();
    const response = await page.goto(`/go/${documentId}/flyer?lang=${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(locale === 'fa' ? 'rtl' : 'ltr');

    for (const format of ['Letter', 'A4'] as const) {
      expect([format, pageCount(await page.pdf({ format, printBackground: true }))]).toEqual([format, 1]);
    }

    const permalink = `${siteUrl()}/go/${documentId}?lang=${locale}`;
    await expect(page.locator('[data-flyer] figcaption').textContent()).resolves.toContain(permalink);
    const decoded = decodeQr(await page.locator('[data-flyer] svg').screenshot());
    expect(decoded).toBe(permalink);
    const followed = await fetch(decoded!, { redirect: 'manual' });
    expect([followed.status, followed.headers.get('location')]).toEqual([308, paths[type].get(locale)]);
  });
});

it('has a flyer for the site itself whose QR code opens the home page in that language', async () => {
  const page = await track(await newContext(browser())).newPage();
  await page.goto('/go/home/flyer?lang=es');
  expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
  expect(decodeQr(await page.locator('[data-flyer] svg').screenshot())).toBe(`${siteUrl()}/es`);
});
