import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import en from '../messages/en.json';
import { pathnames } from '../src/i18n/pathnames';
import { browserPerFile, newContext, siteUrl } from './browser';

const neutralSite = 'https://www.google.com/';
const artifacts = path.resolve(__dirname, '..', '..', '..', 'artifacts');

const { browser, track } = browserPerFile();

/** A fresh context whose Quick exit destination answers locally (there is no network here). */
async function openPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await newContext(browser(), options);
  track(context);
  await context.route(`${neutralSite}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>neutral' }));
  return context.newPage();
}

/** Quick exit's shortcut listens only once React has hydrated the page and run its effects. */
async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const control = document.querySelector('a[data-quick-exit]');
    const hydrated = control !== null && Object.keys(control).some((key) => key.startsWith('__reactFiber'));
    return hydrated && document.documentElement.hasAttribute('data-quick-exit-armed');
  });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The sticky button with the shortcut hint; the other Quick exit link is a skip link shown only on focus. */
const visibleQuickExit = (page: Page) => page.locator('a[data-quick-exit][aria-describedby]');

describe('language', () => {
  it('sends a browser that prefers Spanish from / to /es', async () => {
    const page = await openPage({ locale: 'es-MX' });
    await page.goto('/');
    await page.waitForURL(`${siteUrl()}/es`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
  });

  it('switches the English compensation article to its Vietnamese page, under its own slug', async () => {
    const page = await openPage();
    await page.goto('/en/articles/getting-compensation');
    await page.getByRole('navigation', { name: en.LanguageSwitcher.label }).locator('summary').click();
    await page.locator('a[hreflang="vi"]').click();
    await page.waitForURL((url) => url.pathname.startsWith(`/vi${pathnames['/articles'].vi}/`));

    const slug = new URL(page.url()).pathname.split('/').pop();
    expect(slug).not.toBe('getting-compensation');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    // Its own text, not the English one under a fallback notice.
    await expect(page.locator('main [lang="en"]').count()).resolves.toBe(0);
  });

  it('switches an article that has no Vietnamese translation to the English text with a notice in Vietnamese', async () => {
    const page = await openPage();
    await page.goto('/en/articles/clearing-your-record');
    await page.getByRole('navigation', { name: en.LanguageSwitcher.label }).locator('summary').click();
    await page.locator('a[hreflang="vi"]').click();
    await page.waitForURL((url) => url.pathname.startsWith(`/vi${pathnames['/articles'].vi}/`));

    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    const notice = page.getByRole('note');
    await expect(notice.textContent()).resolves.toMatch(/Tiếng Việt/);
    await expect(page.locator('main article [lang="en"]').first().textContent()).resolves.toContain('Clearing your record');
  });
});

describe('Quick exit', () => {
  it('leaves for the neutral site when the visible Quick exit control is clicked', async () => {
    const page = await openPage();
    await page.goto('/en');
    await waitForHydration(page);
    await expect(visibleQuickExit(page).getAttribute('href')).resolves.toBe(neutralSite);
    await visibleQuickExit(page).click();
    await page.waitForURL(neutralSite);
    await expect(page.textContent('body')).resolves.toBe('neutral');
  });

  it('leaves for the neutral site on Shift pressed three times, and Back does not return to the page', async () => {
    const page = await openPage();
    await page.goto('/en/articles/getting-compensation');
    const havenPage = page.url();
    await waitForHydration(page);

    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await page.waitForURL(neutralSite);

    await page.goBack();
    expect(page.url()).not.toBe(havenPage);
    expect(page.url().startsWith(siteUrl())).toBe(false);
  });

  it('is a plain link that still leaves for the neutral site with JavaScript off', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/en');
    await visibleQuickExit(page).click();
    await page.waitForURL(neutralSite);
    await expect(page.textContent('body')).resolves.toBe('neutral');
  });
});

describe('with JavaScript off', () => {
  it('filters resources by county and 24/7 with the GET form: CAST is listed, CalVCB (not 24/7) is not', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/en/resources');
    const form = page.locator('form[method="get"]').filter({ has: page.locator('#filter-county') });
    await form.locator('#filter-county').selectOption('Los Angeles');
    await form.locator('#filter-open24x7').check();
    await Promise.all([page.waitForURL(/[?&]county=Los(\+|%20)Angeles/), form.locator('button[type="submit"]').click()]);

    const names = await page.locator('main h3').allTextContents();
    expect(names).toContain('Coalition to Abolish Slavery and Trafficking (CAST)');
    expect(names).not.toContain('California Victim Compensation Board (CalVCB)');
  });

  it('finds the National Domestic Violence Hotline when searching for "hotline"', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/en/search');
    await page.locator('form[role="search"] input[name="q"]').fill('hotline');
    await Promise.all([page.waitForURL(/[?&]q=hotline/), page.locator('form[role="search"] button[type="submit"]').click()]);

    await expect(page.locator('main li h2').allTextContents()).resolves.toContain('National Domestic Violence Hotline');
    await expect(page.locator('main li h2 mark').first().textContent()).resolves.toBe('Hotline');
  });

  it('opens an FAQ answer when its question is clicked', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/en/faq');
    const faq = page.locator('main details').first();
    const answer = faq.locator(':scope > :not(summary)').first();
    await expect(faq.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
    await expect(answer.isVisible()).resolves.toBe(false);

    await faq.locator('summary').click();
    await expect(faq.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(true);
    await expect(answer.isVisible()).resolves.toBe(true);
  });
});

describe('asking for help in writing, with JavaScript off', () => {
  const confirmation: Record<'en' | 'es' | 'fa', string> = {
    en: 'Your request was sent',
    es: 'Su solicitud fue enviada',
    fa: 'درخواست شما فرستاده شد',
  };

  it.each(['en', 'es', 'fa'] as const)(
    'sends a request in %s and shows the confirmation, with Quick exit, no cookie and nothing from elsewhere',
    async (locale) => {
      const page = await openPage({ javaScriptEnabled: false });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`/${locale}${pathnames['/request-help'][locale]}`);
      await expect(visibleQuickExit(page).count()).resolves.toBe(1);
      await page.locator('#request-phone').fill('213 555 0199');
      await page.locator('input[name="text"]').check();
      await page.locator('#request-textTimes').fill('después de las 6');
      await page.locator('#request-codeWord').fill('girasol');
      await page.locator('input[name="help"][value="compensation"]').check();
      await page.locator('#request-message').fill('Necesito ayuda — کمک');
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/${locale}${pathnames['/request-help/sent'][locale]}`),
        page.locator('main form button[type="submit"]').click(),
      ]);
      await expect(page.locator('h1').textContent()).resolves.toBe(confirmation[locale]);
      await expect(page.locator('main').textContent()).resolves.not.toContain('girasol');
      await expect(visibleQuickExit(page).count()).resolves.toBe(1);
      await expect(page.context().cookies()).resolves.toEqual([]);
      expect(requests.filter((url) => !url.startsWith(siteUrl()))).toEqual([]);
    },
  );
});

describe('asking for help in writing, with JavaScript on', () => {
  it('shows what to fix by the field, keeps what was typed, and sends once it is fixed', async () => {
    const page = await openPage();
    await page.goto(`/en${pathnames['/request-help'].en}`);
    await waitForHydration(page);
    await page.locator('#request-phone').fill('call me');
    await page.locator('input[name="call"]').check();
    await page.locator('#request-message').fill('Please help');
    await page.locator('main form button[type="submit"]').click();
    await page.locator('#request-phone-error').waitFor();
    await expect(page.locator('#request-phone-error').textContent()).resolves.toContain('does not look like a phone number');
    await expect(page.locator('#request-message').inputValue()).resolves.toBe('Please help');
    expect(new URL(page.url()).search).toBe('');
    await page.locator('#request-phone').fill('213 555 0199');
    await Promise.all([
      page.waitForURL((url) => url.pathname === `/en${pathnames['/request-help/sent'].en}`),
      page.locator('main form button[type="submit"]').click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Your request was sent');
  });
});

describe('Persian', () => {
  it('lays pages out right to left, with Quick exit on the left (inline end)', async () => {
    const page = await openPage();
    await page.goto('/fa');
    await expect(page.locator('body').evaluate((body) => getComputedStyle(body).direction)).resolves.toBe('rtl');

    const box = await visibleQuickExit(page).boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) throw new Error('Quick exit has no box, or the page no viewport');
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width / 2);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'fa-home.png'), fullPage: true });
  });
});

describe('hotlines', () => {
  const pages = {
    home: '/en',
    article: '/en/articles/getting-compensation',
    resources: `/en${pathnames['/resources'].en}`,
    FAQ: `/en${pathnames['/faq'].en}`,
  };

  it.each(Object.entries(pages))('offers one-tap call and text links in the hotline bar of the %s page', async (_name, url) => {
    const page = await openPage();
    await page.goto(url);
    const bar = page.getByRole('complementary', { name: en.HotlineBar.label });
    const hrefs = async (scheme: string) =>
      bar.locator(`a[href^="${scheme}"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

    const tel = await hrefs('tel:');
    const sms = await hrefs('sms:');
    expect(tel.length).toBeGreaterThan(0);
    expect(sms.length).toBeGreaterThan(0);
    for (const href of [...tel, ...sms]) expect(href).toMatch(/^(tel|sms):\+?[0-9]+$/);
  });
});
