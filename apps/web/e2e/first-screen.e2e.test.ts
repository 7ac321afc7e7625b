import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { browserPerFile, newContext } from './browser';
import { localeCodes, localizedPaths, pageTypes, pathFor, type LocalizedPaths } from './pages';

/**
 * On a 390×844 phone every reading page starts on the first screen: its heading begins within the
 * top 60 % while a hotline's call link is visible without scrolling. Desktop keeps the full header.
 */
const { browser, track } = browserPerFile();
const artifacts = path.resolve(__dirname, '..', '..', '..', 'artifacts', 'first-screen');
// A phone: touch, no hover, no fine pointer, so the page gets the phone layout and media queries.
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const screenshotted = new Set(['home en', 'home fa', 'home zh-Hant', 'article en', 'article fa', 'article zh-Hant']);

let paths: LocalizedPaths;
beforeAll(async () => {
  paths = await localizedPaths();
  mkdirSync(artifacts, { recursive: true });
});

const readingPages = pageTypes.filter((type) => type !== 'request sent');

describe.each(localeCodes)('in %s, on a 390×844 phone', (locale) => {
  it.each(readingPages)('the %s page’s heading starts within the top 60 %% with a call link on screen', async (type) => {
    const context = track(await newContext(browser(), phone));
    const page = await context.newPage();
    await page.goto(pathFor(paths, type, locale));
    const heading = await page.locator('main h1').first().boundingBox();
    expect(heading).not.toBeNull();
    expect(heading!.y).toBeLessThanOrEqual(0.6 * phone.viewport.height);
    const calls = page.locator('a[href^="tel:"]');
    const onScreen = await calls.evaluateAll((links) =>
      links.some((link) => {
        const box = link.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    );
    expect(onScreen).toBe(true);
    if (screenshotted.has(`${type} ${locale}`)) await page.screenshot({ path: path.join(artifacts, `${type}-${locale}.png`) });
  });
});

it('shows the Shift shortcut hint with a mouse and keyboard, and not on a touch screen', async () => {
  const desktop = await track(await newContext(browser(), { viewport: { width: 1280, height: 800 } })).newPage();
  await desktop.goto('/en');
  await expect(desktop.locator('#quick-exit-hint').isVisible()).resolves.toBe(true);
  await expect(desktop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).isVisible()).resolves.toBe(true);
  const touch = await track(await newContext(browser(), phone)).newPage();
  await touch.goto('/en');
  await expect(touch.locator('#quick-exit-hint').isVisible()).resolves.toBe(false);
});

it('opens the phone menu and the other hotlines without JavaScript', async () => {
  const page = await track(await newContext(browser(), { ...phone, javaScriptEnabled: false })).newPage();
  await page.goto('/en');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Articles' }).isVisible()).resolves.toBe(false);
  await nav.getByText('Menu').click();
  await expect(nav.getByRole('link', { name: 'Articles' }).isVisible()).resolves.toBe(true);
  const bar = page.getByRole('complementary', { name: 'Get help now' });
  await bar.getByText('More hotlines').click();
  await expect(bar.getByRole('link', { name: 'Cannot call? Write to us' }).isVisible()).resolves.toBe(true);
});
