import { browserPerFile, cmsUrl, plainEditorAccount, signInToAdmin } from './browser';

/**
 * An editor (not a super admin) finds what needs attention in the admin panel: the homepage widget
 * counts it, the report filters to one locale's outdated translations, and its link opens that
 * document in that locale in the Content Manager.
 */
const { browser, track } = browserPerFile();

it('filters the report to Persian outdated translations and opens one in its Persian edit view', async () => {
  const context = track(await browser().newContext({ viewport: { width: 1400, height: 900 } }));
  const own = new URL(cmsUrl()).origin;
  await context.route(
    (url) => url.origin !== own,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await signInToAdmin(page, plainEditorAccount());

  const widget = page.locator('[data-widget="editorial"]');
  await widget.waitFor();
  await expect(widget.textContent()).resolves.toMatch(/[1-9]\d* outdated translations/);

  await page.getByRole('link', { name: 'Editorial oversight' }).click();
  const rows = page.getByRole('table', { name: 'Translations' }).locator('tbody tr');
  await rows.first().waitFor();
  await page.getByRole('combobox', { name: 'Locale', exact: true }).selectOption('fa');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('outdated');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('table[aria-label="Translations"] tbody tr')].every(
      (row) => row.children[2]?.textContent === 'fa' && row.children[3]?.textContent === 'outdated',
    ),
  );
  const first = rows.first();
  const [documentId] = (await first.getAttribute('data-report-row'))!.split(' ');
  const outdatedCount = page.locator('[data-locale-counts="fa"] td[data-state="outdated"]');
  await expect(outdatedCount.textContent()).resolves.toBe(String(await rows.count()));

  await first.getByRole('link').click();
  await page.waitForURL(
    (url) => url.pathname.endsWith(`/api::article.article/${documentId}`) && url.searchParams.get('plugins[i18n][locale]') === 'fa',
  );
  // The edit view shows the Persian version: its title field holds Persian text.
  const title = page.getByRole('textbox', { name: 'title', exact: true });
  await title.waitFor();
  await expect(title.inputValue()).resolves.toMatch(/[\u0600-\u06FF]/);
});

it('lists the reviews that are due, marking the seed’s sample reviews', async () => {
  const context = track(await browser().newContext({ viewport: { width: 1400, height: 900 } }));
  const page = await context.newPage();
  await signInToAdmin(page, plainEditorAccount());
  await page.goto(`${cmsUrl()}/admin/editorial`);
  await page.getByRole('button', { name: 'Reviews due' }).click();
  const table = page.getByRole('table', { name: 'Reviews due' });
  await table.locator('tbody tr').first().waitFor();
  await expect(table.textContent()).resolves.toContain('sample data from the seed, not shown to readers');
});
