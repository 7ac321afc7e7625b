import { storeRawArticleBody } from '@haven/cms/testing';
import type { Browser, BrowserContext, Dialog, Page } from 'playwright-core';
import en from '../messages/en.json';
import { pathnames } from '../src/i18n/pathnames';
import { cmsUrl, editorAccount, launchBrowser, newContext, siteUrl } from './browser';

type Locale = keyof (typeof pathnames)['/articles/[slug]'];
interface CmsArticle {
  documentId: string;
  title: string;
  slug: string;
  summary: string;
  body: unknown;
}

const articleUid = 'api::article.article';

let browser: Browser;
const contexts: BrowserContext[] = [];
/** Undoes each test's content changes, so later journeys see the seeded content. */
const restores: (() => Promise<void>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  for (const restore of restores.splice(0).reverse()) await restore();
});
afterAll(async () => {
  await browser?.close();
});

const articlePath = (locale: Locale, slug: string) => `/${locale}${pathnames['/articles/[slug]'][locale].replace('[slug]', slug)}`;

/** The published article in a locale, read the way anyone can: the CMS's public REST API. */
async function publishedArticle(locale: Locale, match: (article: CmsArticle) => boolean): Promise<CmsArticle> {
  const response = await fetch(`${cmsUrl()}/api/articles?locale=${locale}&pagination[pageSize]=100`);
  const { data } = (await response.json()) as { data: CmsArticle[] };
  const article = data.find(match);
  if (!article) throw new Error(`no published ${locale} article matches`);
  return article;
}

let adminToken: Promise<string> | undefined;

/** One admin session for the API calls: Strapi allows only a few sign-ins per account in five minutes. */
function editorToken(): Promise<string> {
  adminToken ??= fetch(`${cmsUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editorAccount()),
  })
    .then((response) => response.json() as Promise<{ data: { token: string } | null }>)
    .then(({ data }) => {
      if (!data) throw new Error('the editor could not sign in to the admin API');
      return data.token;
    });
  return adminToken;
}

/** The Content Manager's own API, called with the editor's admin token (for setting up and cleaning up). */
async function contentManager(method: 'PUT' | 'POST', pathAndQuery: string, data: object = {}): Promise<Response> {
  return fetch(`${cmsUrl()}/content-manager/collection-types/${articleUid}/${pathAndQuery}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await editorToken()}` },
    body: JSON.stringify(data),
  });
}

async function publishThroughApi(documentId: string, locale: Locale, data: object): Promise<void> {
  const response = await contentManager('POST', `${documentId}/actions/publish?locale=${locale}`, data);
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
}

/** A browser context for the Strapi admin panel; the panel's calls to other origins (release feed, marketplace) are refused. */
async function adminContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const own = new Set([new URL(cmsUrl()).origin, new URL(siteUrl()).origin]);
  await context.route(
    (url) => !own.has(url.origin),
    (route) => route.abort(),
  );
  return context;
}

async function signIn(page: Page): Promise<void> {
  const { email, password } = editorAccount();
  await page.goto(`${cmsUrl()}/admin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Content Manager' }).waitFor();
}

/** Content Manager → Article → locale → the article's row; ends on its edit view. */
async function openArticleInAdmin(page: Page, locale: Locale, article: CmsArticle): Promise<void> {
  await page.getByRole('link', { name: 'Content Manager' }).click();
  // Strapi's guided tour opens over the Content Manager on an editor's first visit.
  await page.getByRole('dialog').filter({ hasText: 'Step 1 of' }).getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('link', { name: 'Article', exact: true }).click();
  await page.getByRole('combobox', { name: 'Select a locale' }).click();
  await page.getByRole('option', { name: new RegExp(`\\(${locale}\\)$`) }).click();
  await page.waitForURL((url) => url.searchParams.get('plugins[i18n][locale]') === locale);
  await page.getByRole('row').filter({ hasText: article.slug }).getByText(article.title, { exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${articleUid}/${article.documentId}`));
}

const titleField = (page: Page) => page.getByRole('textbox', { name: 'title', exact: true });

/** Reloads the page until its heading is `title`; the time it took, or a failure after `withinMs`. */
async function reloadUntilHeading(page: Page, url: string, title: string, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    await page.goto(url);
    if ((await page.locator('main h1').first().textContent()) === title) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`${url} did not show "${title}" within ${withinMs} ms`);
  }
}

it('publishes a new Spanish title from the admin panel, which the Spanish page shows within 5 s while the English page keeps its title', async () => {
  const english = await publishedArticle('en', (article) => article.slug === 'getting-compensation');
  const spanish = await publishedArticle('es', (article) => article.documentId === english.documentId);
  const newTitle = `Cómo obtener compensación (revisado ${Date.now()})`;
  restores.push(() => publishThroughApi(spanish.documentId, 'es', { title: spanish.title }));

  const admin = await (await adminContext()).newPage();
  await signIn(admin);
  await openArticleInAdmin(admin, 'es', spanish);
  await expect(titleField(admin).inputValue()).resolves.toBe(spanish.title);
  await titleField(admin).fill(newTitle);
  await admin.getByRole('button', { name: 'Publish', exact: true }).click();
  await admin.getByRole('status').filter({ hasText: 'Published document' }).waitFor();

  const visitor = await (await newContext(browser)).newPage();
  contexts.push(visitor.context());
  await reloadUntilHeading(visitor, articlePath('es', spanish.slug), newTitle, 5000);
  await visitor.goto(articlePath('en', english.slug));
  await expect(visitor.locator('main h1').first().textContent()).resolves.toBe(english.title);
});

it('previews a saved draft title inside the site layout for the editor, while a visitor still sees the published title', async () => {
  const article = await publishedArticle('en', (candidate) => candidate.slug === 'steps-for-survivors');
  const draftTitle = `${article.title} (draft ${Date.now()})`;
  restores.push(async () => {
    const response = await contentManager('POST', `${article.documentId}/actions/discard?locale=en`);
    if (!response.ok) throw new Error(`discarding the draft failed: ${response.status}`);
  });

  const editorContext = await adminContext();
  const admin = await editorContext.newPage();
  await signIn(admin);
  await openArticleInAdmin(admin, 'en', article);
  await titleField(admin).fill(draftTitle);
  await admin.getByRole('button', { name: 'Save', exact: true }).click();
  await admin.getByRole('status').filter({ hasText: 'Saved document' }).waitFor();

  // "Open preview" frames the address the CMS's preview handler signs: a one-time token, never the secret.
  await admin.getByRole('link', { name: 'Open preview' }).click();
  const framed = await admin.locator('iframe[title="Preview"]').getAttribute('src');
  if (!framed) throw new Error('the preview panel has no address');
  expect(framed.startsWith(`${siteUrl()}/api/draft?token=`)).toBe(true);

  // The editor opens the page itself at a fresh address from the same handler, as the panel asks for one.
  const fresh = await fetch(
    `${cmsUrl()}/content-manager/preview/url/${articleUid}?documentId=${article.documentId}&locale=en&status=draft`,
    {
      headers: { authorization: `Bearer ${await editorToken()}` },
    },
  );
  const { data } = (await fresh.json()) as { data: { url: string } };
  const preview = await editorContext.newPage();
  await preview.goto(data.url);
  await preview.waitForURL(`${siteUrl()}${articlePath('en', article.slug)}`);
  await expect(preview.locator('main h1').first().textContent()).resolves.toBe(draftTitle);
  await expect(preview.getByRole('navigation', { name: en.Header.navLabel }).isVisible()).resolves.toBe(true);
  const hotlines = preview.getByRole('complementary', { name: en.HotlineBar.label });
  await expect(hotlines.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);

  const visitor = await (await newContext(browser)).newPage();
  contexts.push(visitor.context());
  await visitor.goto(articlePath('en', article.slug));
  await expect(visitor.locator('main h1').first().textContent()).resolves.toBe(article.title);
  await expect(visitor.content()).resolves.not.toContain(draftTitle);
});

describe('rich text safety', () => {
  const javascriptUrl = 'javascript:alert(1)';
  const dataUrl = 'data:text/html,<script>alert(1)</script>';
  const htmlText = '<img src=x onerror=alert(1)>';
  const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
  const text = (value: string) => ({ type: 'text', text: value });
  const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });
  const unsafeBody = [
    paragraph(text('Before '), link(javascriptUrl, 'script link'), text(' and '), link(dataUrl, 'data link'), text('.')),
    paragraph(text(htmlText)),
  ];

  it('refuses, in the CMS, to save an article body with javascript: and data: links', async () => {
    const article = await publishedArticle('en', (candidate) => candidate.slug === 'staying-safe-online');
    const response = await contentManager('PUT', `${article.documentId}?locale=en`, { body: unsafeBody });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { name: string; message: string } };
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/^body /);
    expect(error.message).toContain(javascriptUrl);
    expect(error.message).toContain(dataUrl);
  });

  it('renders stored javascript: and data: links as plain text and HTML-looking text literally, firing no dialog', async () => {
    const article = await publishedArticle('en', (candidate) => candidate.slug === 'staying-safe-online');
    restores.push(() => publishThroughApi(article.documentId, 'en', { body: article.body }));

    // The CMS refuses these links (test above), so they are put where imported or legacy content
    // would sit, in the database, after the editor publishes the rest; the publish refreshes the page.
    await publishThroughApi(article.documentId, 'en', { body: [paragraph(text('Links follow.')), paragraph(text(htmlText))] });
    await storeRawArticleBody(article.documentId, 'en', unsafeBody);

    const visitor = await (await newContext(browser)).newPage();
    contexts.push(visitor.context());
    const dialogs: string[] = [];
    visitor.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const url = articlePath('en', article.slug);
    const started = Date.now();
    for (;;) {
      await visitor.goto(url, { waitUntil: 'load' });
      if (await visitor.getByText('Before script link and data link.').isVisible()) break;
      if (Date.now() - started > 10_000) throw new Error(`${url} did not show the new body within 10 s`);
    }

    const body = visitor.locator('main');
    await expect(body.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).resolves.toBe(0);
    await expect(body.locator('a', { hasText: /script link|data link/ }).count()).resolves.toBe(0);
    await expect(body.getByText(htmlText, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(body.locator('img[src="x"]').count()).resolves.toBe(0);
    await body.getByText('Before script link and data link.').click();
    expect(visitor.url()).toBe(`${siteUrl()}${url}`);
    expect(dialogs).toEqual([]);
  });

  it('runs no script written into a stored title, summary or body, on the cached page under its CSP', async () => {
    const article = await publishedArticle('en', (candidate) => candidate.slug === 'staying-safe-online');
    restores.push(() =>
      publishThroughApi(article.documentId, 'en', { title: article.title, summary: article.summary, body: article.body }),
    );
    const title = `Safety online </script><script>window.__havenInjected = 'title'</script>`;
    await publishThroughApi(article.documentId, 'en', {
      title,
      summary: `Summary "><script>window.__havenInjected = 'summary'</script><img src=x onerror="window.__havenInjected = 'img'">`,
      body: [
        paragraph(text(`<script>window.__havenInjected = 'body'</script>`)),
        paragraph(text('<svg onload="window.__havenInjected = 1">')),
      ],
    });

    const visitor = await (await newContext(browser)).newPage();
    contexts.push(visitor.context());
    const violations: string[] = [];
    visitor.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const url = articlePath('en', article.slug);
    const started = Date.now();
    for (;;) {
      await visitor.goto(url, { waitUntil: 'load' });
      if ((await visitor.locator('main h1').first().textContent()) === title) break;
      if (Date.now() - started > 10_000) throw new Error(`${url} did not show the new title within 10 s`);
    }
    // Hydration ran under the page's CSP (the quick exit listener is armed), and nothing injected did.
    await visitor.locator('html[data-quick-exit-armed]').waitFor({ state: 'attached' });
    await expect(visitor.evaluate(() => (window as { __havenInjected?: unknown }).__havenInjected)).resolves.toBeUndefined();
    await expect(visitor.locator('main img, main svg[onload]').count()).resolves.toBe(0);
    expect(violations).toEqual([]);
  });
});
