import type { Browser } from 'playwright-core';
import { startSupervisedCms, type SupervisedCms } from '@haven/cms/testing';
import { freePort, startSite, type RunningSite } from '../src/testing/site-harness';
import { launchBrowser } from './browser';

/**
 * A crash is not an outage: with the CMS run as `npm start` runs it (under its supervisor), killing
 * the CMS process leaves a visitor's cached pages answering, and the CMS comes back by itself.
 * This journey has a stack of its own, so the other journeys never see the CMS go away.
 */
let cms: SupervisedCms;
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  cms = await startSupervisedCms({ port: cmsPort, webUrl: `http://localhost:${sitePort}` });
  site = await startSite({ port: sitePort, cmsUrl: cms.url, secrets: cms.secrets });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

it('keeps cached pages answering while the CMS process is killed, and the CMS comes back', async () => {
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  const pages = ['/es', '/es/preguntas-frecuentes', '/fa'];
  const headings: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    headings.push((await page.locator('main h1').first().textContent()) ?? '');
  }

  const crashed = cms.workerPid();
  process.kill(crashed, 'SIGKILL');
  // The CMS is gone: nothing answers on its port.
  await expect(fetch(`${cms.url}/_health`)).rejects.toThrow();

  for (const [index, path] of pages.entries()) {
    const response = await page.goto(path);
    expect([path, response?.status()]).toEqual([path, 200]);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe(headings[index]);
  }

  await cms.healthy(60_000);
  expect(cms.workerPid()).not.toBe(crashed);
  // Pages that were never cached render again from the restarted CMS.
  const fresh = await page.goto('/vi');
  expect(fresh?.status()).toBe(200);
  await context.close();
});
