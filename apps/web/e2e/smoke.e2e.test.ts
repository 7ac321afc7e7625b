import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the English home page in Chromium', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/en');
  await expect(page.locator('h1').first().textContent()).resolves.toContain('Haven');
  await context.close();
});
