import AxeBuilder from '@axe-core/playwright';
import type { Locale } from '@haven/i18n';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { pathnames } from '../src/i18n/pathnames';
import { launchBrowser, newContext, siteUrl } from './browser';
import {
  isEmbedType,
  localeCodes,
  localizedPaths,
  pageTypes,
  partnerKitPageTypes,
  pathFor,
  type LocalizedPaths,
  type PageType,
  type PartnerKitPageType,
} from './pages';

/** Every page type in every locale, the partner kit's too: accessibility (axe), privacy and security headers. */

let browser: Browser;
/** Where the seeded article and resource live in each locale, read from the English pages' hreflang links. */
let paths: LocalizedPaths;

beforeAll(async () => {
  browser = await launchBrowser();
  paths = await localizedPaths();
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  htmlLang: string | null;
  response: Response | null;
  requests: string[];
  cookies: number;
  consoleErrors: string[];
  violations: string[];
}

/** Loads the page once in a fresh context and records what every check below needs. */
async function visit(path: string): Promise<Visit> {
  const context: BrowserContext = await newContext(browser);
  try {
    const page: Page = await context.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const cookies = (await context.cookies()).length;
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
    );
    const htmlLang = await page.locator('html').getAttribute('lang');
    return { htmlLang, response, requests, cookies, consoleErrors, violations };
  } finally {
    await context.close();
  }
}

const cases = [...pageTypes, ...partnerKitPageTypes].flatMap((type) => localeCodes.map((locale) => [type, locale] as const));
const visits = new Map<string, Promise<Visit>>();
const key = (type: PageType | PartnerKitPageType, locale: Locale) => `${type} ${locale}`;

/** Loads every page a few at a time, so the network-idle waits overlap; each test awaits its own. */
function visitAll(concurrency: number): void {
  const slots = Array.from({ length: concurrency }, () => Promise.resolve());
  for (const [index, [type, locale]] of cases.entries()) {
    const slot = index % concurrency;
    const visited = slots[slot]!.then(() => visit(pathFor(paths, type, locale)));
    visits.set(key(type, locale), visited);
    slots[slot] = visited.then(
      () => undefined,
      () => undefined,
    );
  }
}

beforeAll(() => {
  visitAll(3);
});

describe.each(cases)('%s page in %s', (type, locale) => {
  let result: Visit;
  beforeAll(async () => {
    const visited = visits.get(key(type, locale));
    if (!visited) throw new Error(`no visit scheduled for ${type} in ${locale}`);
    result = await visited;
  });

  it(`answers 200 with the page in ${locale}`, () => {
    expect(result.response?.status()).toBe(200);
    expect(result.htmlLang).toBe(locale);
  });

  it('has no violation of WCAG 2.2 AA or of best practice, of any impact (axe)', () => {
    expect(result.violations).toEqual([]);
  });

  it('requests nothing from another origin, sets no cookie and logs no console error', () => {
    const origin = new URL(siteUrl()).origin;
    expect(result.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(result.cookies).toBe(0);
    expect(result.consoleErrors).toEqual([]);
  });

  it('sends the security headers with the HTML', () => {
    const headers = result.response?.headers() ?? {};
    expect(headers['content-type']).toMatch(/^text\/html/);
    // Partner sites may frame the embeds; no site may frame any other page.
    if (isEmbedType(type)) {
      expect(headers['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
      expect(headers['x-frame-options']).toBeUndefined();
    } else {
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(headers['x-frame-options']).toBe('DENY');
    }
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toBeTruthy();
  });
});

describe('bad input', () => {
  async function open(path: string) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(path);
    return { context, page, status: response?.status() ?? 0, dialogs };
  }

  it.each([
    ['an unknown locale', '/xx/foo'],
    ['an unknown article slug', '/en/articles/no-such-article'],
    ['a 10 kB query string', `/en${pathnames['/search'].en}?q=${'a'.repeat(10_000)}`],
  ])('answers %s with a 4xx page that says what happened', async (_name, path) => {
    const { context, page, status } = await open(path);
    try {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    } finally {
      await context.close();
    }
  });

  it('resolves /en/%2e%2e/ as the dot segment it is, to the home page on the same site, never a 5xx', async () => {
    // Chromium (like every WHATWG URL parser) turns %2e%2e into ".." before sending, so the
    // server is asked for "/" and answers with the visitor's home page.
    const { context, page, status } = await open('/en/%2e%2e/');
    try {
      expect(status).toBeLessThan(500);
      expect(page.url()).toBe(`${siteUrl()}/en`);
    } finally {
      await context.close();
    }
  });

  it('shows a search for <script>alert(1)</script> as text, with a 200 and no dialog', async () => {
    const query = '<script>alert(1)</script>';
    const { context, page, status, dialogs } = await open(`/en${pathnames['/search'].en}?q=${encodeURIComponent(query)}`);
    try {
      expect(status).toBe(200);
      await expect(page.locator('form[role="search"] input[name="q"]').inputValue()).resolves.toBe(query);
      await expect(page.locator('main').textContent()).resolves.toContain(query);
      await expect(page.locator('main script').count()).resolves.toBe(0);
      await page.waitForLoadState('networkidle');
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
