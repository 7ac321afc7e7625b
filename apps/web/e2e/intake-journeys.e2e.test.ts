import type { Page } from 'playwright-core';
import { pathnames } from '../src/i18n/pathnames';
import { browserPerFile, cmsUrl, intakeAccount, intakePrivateKey, newContext, plainEditorAccount, signInToAdmin, siteUrl } from './browser';

/**
 * A request written on the site (JavaScript off) and read by intake staff in the admin panel: the
 * key is loaded into the page, the request opens in the browser, the safe-contact instructions
 * come first; an editor has no way in.
 */
const { browser, track } = browserPerFile();

async function adminPage(): Promise<{ page: Page; posted: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1400, height: 900 } });
  track(context);
  const own = new URL(cmsUrl()).origin;
  await context.route(
    (url) => url.origin !== own,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const posted: string[] = [];
  page.on('request', (request) => posted.push(`${request.url()} ${request.postData() ?? ''}`));
  return { page, posted };
}

it('lets intake staff open a request in their browser, safe-contact instructions first, and records it', async () => {
  const marker = `m${Date.now().toString(36)}`;
  const visitor = await newContext(browser(), { javaScriptEnabled: false });
  track(visitor);
  const form = await visitor.newPage();
  await form.goto(`/es${pathnames['/request-help'].es}`);
  await form.locator('#request-phone').fill('213 555 0199');
  await form.locator('input[name="call"]').check();
  await form.locator('#request-callTimes').fill('martes por la mañana');
  await form.locator('#request-codeWord').fill(`girasol${marker}`);
  await form.locator('#request-message').fill(`Necesito ayuda ${marker}`);
  await Promise.all([
    form.waitForURL(`${siteUrl()}/es${pathnames['/request-help/sent'].es}`),
    form.locator('main form button[type="submit"]').click(),
  ]);

  const { page, posted } = await adminPage();
  await signInToAdmin(page, intakeAccount());
  await page.getByRole('link', { name: 'Consultation requests' }).click();
  await page.getByRole('heading', { name: 'Consultation requests', level: 1 }).waitFor();
  await page.locator('#intake-key-text').fill(`# key\n${intakePrivateKey()}\n`);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await page.getByText('The private key is loaded in this tab.').waitFor();
  await page.locator('tbody tr').first().getByRole('button', { name: 'Open' }).click();

  const opened = page.locator('[data-opened-request]');
  await opened.waitFor();
  const safeContact = opened.locator('[data-safe-contact]');
  await expect(safeContact.textContent()).resolves.toContain(`Code word: girasol${marker}`);
  await expect(safeContact.textContent()).resolves.toContain('Do not leave a voicemail');
  await expect(safeContact.textContent()).resolves.toContain('Safe times: martes por la mañana');
  await expect(opened.textContent()).resolves.toContain(`Necesito ayuda ${marker}`);
  // The instructions come before the rest of what they wrote.
  const order = await opened.evaluate((element) => {
    const text = element.textContent ?? '';
    return [text.indexOf('How to reach them safely'), text.indexOf('Necesito ayuda')];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  await expect(opened.textContent()).resolves.toMatch(/viewed by Test haven-intake/);

  await opened.getByRole('button', { name: 'Mark contacted' }).click();
  await page.locator('[data-opened-request]', { hasText: '(contacted)' }).waitFor();
  // The key never left the tab.
  expect(posted.filter((request) => request.includes(intakePrivateKey()))).toEqual([]);
});

it('gives an editor no way to the requests: no menu entry, and the page refuses them', async () => {
  const { page } = await adminPage();
  await signInToAdmin(page, plainEditorAccount());
  await page.getByRole('link', { name: 'Content Manager' }).waitFor();
  await expect(page.getByRole('link', { name: 'Consultation requests' }).count()).resolves.toBe(0);
  await page.goto(`${cmsUrl()}/admin/consultation-requests`);
  await page
    .getByText(/don't have the permissions|permission/i)
    .first()
    .waitFor();
  await expect(page.locator('[data-request]').count()).resolves.toBe(0);
});
