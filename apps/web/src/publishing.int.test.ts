import type { Locale } from '@haven/i18n';
import { startCms, type RunningCms } from '@haven/cms/testing';
import { pathnames } from './i18n/pathnames';
import { formatDate } from './lib/language/format-date';
import { eventually } from './testing/eventually';
import { buildSite, freePort, startSite, type RunningSite } from './testing/site-harness';

/**
 * The publishing loop against the real CMS and site: the CMS's webhook reaches /api/revalidate,
 * publishes show up in the right locale only, drafts are for previews only, renamed pages and
 * partner permalinks redirect, and the revalidate route refuses strangers.
 */
let cms: RunningCms;
let site: RunningSite;

const articlePath = (locale: Locale, slug: string) =>
  `/${locale}${(pathnames['/articles/[slug]'] as Record<Locale, string>)[locale].replace('[slug]', slug)}`;
const page = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual', ...init });
  return { response, html: await response.text() };
};
const articles = () => cms.strapi.documents('api::article.article');

let compensation: { documentId: string; en: string; es: string };

beforeAll(async () => {
  buildSite();
  const port = await freePort();
  cms = await startCms({ webUrl: `http://localhost:${port}` });
  site = await startSite({ port, cmsUrl: cms.url, secrets: cms.secrets });
  const [en] = await articles().findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  const es = await articles().findOne({ documentId: en!.documentId, locale: 'es', status: 'published' });
  compensation = { documentId: en!.documentId, en: en!.slug!, es: es!.slug! };
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('publishing', () => {
  it('shows a published Spanish title on the Spanish page and leaves the English page alone', async () => {
    const englishBefore = (await page(articlePath('en', compensation.en))).html;
    await page(articlePath('es', compensation.es)); // cached

    await articles().update({ documentId: compensation.documentId, locale: 'es', data: { title: 'Título publicado ahora' } });
    await articles().publish({ documentId: compensation.documentId, locale: 'es' });

    await eventually(async () => (await page(articlePath('es', compensation.es))).html.includes('Título publicado ahora'));
    const englishAfter = (await page(articlePath('en', compensation.en))).html;
    expect(englishAfter).not.toContain('Título publicado ahora');
    expect(/<h1[^>]*>([^<]*)/.exec(englishAfter)?.[1]).toBe(/<h1[^>]*>([^<]*)/.exec(englishBefore)?.[1]);
  });

  it('takes an unpublished page down', async () => {
    const created = await articles().create({
      locale: 'en',
      data: { title: 'Short-lived page', slug: 'short-lived-page', translationStatus: 'original' },
      status: 'published',
    });
    await eventually(async () => (await page(articlePath('en', 'short-lived-page'))).response.status === 200);
    await articles().unpublish({ documentId: created.documentId, locale: 'en' });
    await eventually(async () => (await page(articlePath('en', 'short-lived-page'), { redirect: 'follow' })).response.status === 404);
  });
});

describe('translation freshness', () => {
  const notice = (html: string) => /<p[^>]*data-notice="outdated-translation"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? null;
  let fa = '';

  it('tells Spanish and Persian readers within 5 s when the English original changes, with a link to it', async () => {
    fa = (await articles().findOne({ documentId: compensation.documentId, locale: 'fa', status: 'published' }))!.slug!;
    for (const locale of ['es', 'fa'] as const) {
      expect(notice((await page(articlePath(locale, locale === 'es' ? compensation.es : fa))).html)).toBeNull(); // cached
    }
    const [english] = await articles().findMany({ locale: 'en', status: 'published', filters: { documentId: compensation.documentId } });
    await articles().update({ documentId: compensation.documentId, locale: 'en', data: { summary: `${english!.summary!} (Changed.)` } });
    await articles().publish({ documentId: compensation.documentId, locale: 'en' });

    for (const [locale, slug] of [
      ['es', compensation.es],
      ['fa', fa],
    ] as const) {
      await eventually(async () => notice((await page(articlePath(locale, slug))).html) !== null, 5_000);
      const shown = notice((await page(articlePath(locale, slug))).html)!;
      expect(shown).toContain(`href="${articlePath('en', compensation.en)}"`);
      expect(shown).toContain(formatDate(new Date().toISOString(), locale));
    }
  });

  it('clears the notice when the Spanish translation is published again, and keeps it on the Persian page', async () => {
    await articles().publish({ documentId: compensation.documentId, locale: 'es' });
    await eventually(async () => notice((await page(articlePath('es', compensation.es))).html) === null, 5_000);
    expect(notice((await page(articlePath('fa', fa))).html)).not.toBeNull();
  });

  it('outdates nothing for a change marked minor', async () => {
    const [english] = await articles().findMany({ locale: 'en', status: 'published', filters: { documentId: compensation.documentId } });
    const summary = english!.summary!.replace('(Changed.)', '(Changed!)');
    await articles().update({ documentId: compensation.documentId, locale: 'en', data: { summary, minorChange: true } });
    await articles().publish({ documentId: compensation.documentId, locale: 'en' });
    // Once the English page shows the change, the webhook has come and gone.
    await eventually(async () => (await page(articlePath('en', compensation.en))).html.includes('(Changed!)'));
    expect(notice((await page(articlePath('es', compensation.es))).html)).toBeNull();
  });
});

describe('preview', () => {
  /** The address the CMS's preview button opens, from the CMS's own preview handler. */
  async function previewAddress(documentId: string, locale: Locale): Promise<string> {
    const handler =
      cms.strapi.config.get<(uid: string, target: { documentId: string; locale: string; status: string }) => Promise<string>>(
        'admin.preview.config.handler',
      );
    const address = new URL(await handler('api::article.article', { documentId, locale, status: 'draft' }));
    return `${address.pathname}${address.search}`;
  }

  it('shows an editor the draft in the page, and never to a visitor', async () => {
    await articles().update({ documentId: compensation.documentId, locale: 'en', data: { title: 'Unpublished draft title' } });
    const address = await previewAddress(compensation.documentId, 'en');
    expect(address).not.toContain(cms.secrets.preview);
    const preview = (await page(address)).response;
    expect(preview.status).toBe(307);
    expect(preview.headers.get('location')).toBe(articlePath('en', compensation.en));
    const cookie = preview.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/__prerender_bypass=/);

    const asEditor = await page(articlePath('en', compensation.en), { headers: { cookie } });
    expect(asEditor.html).toContain('Unpublished draft title');
    const asVisitor = await page(articlePath('en', compensation.en));
    expect(asVisitor.html).not.toContain('Unpublished draft title');
    expect(asVisitor.response.headers.get('set-cookie')).toBeNull();
  });

  it('opens a preview address once, and refuses the old secret-in-the-URL form', async () => {
    const address = await previewAddress(compensation.documentId, 'es');
    expect((await page(address)).response.status).toBe(307);
    const again = (await page(address)).response;
    expect([again.status, again.headers.get('set-cookie')]).toEqual([401, null]);
    const oldForm = new URLSearchParams({
      secret: cms.secrets.preview,
      type: 'article',
      documentId: compensation.documentId,
      locale: 'en',
    });
    expect((await page(`/api/draft?${oldForm}`)).response.status).toBe(401);
  });
});

describe('links that must keep working', () => {
  it('answers an old slug with 308 to the current slug in the same locale', async () => {
    const vacatur = await articles().findFirst({ locale: 'es', status: 'published', filters: { slug: { $startsWith: 'limpiar' } } });
    const oldSlug = vacatur!.slug!;
    await articles().update({ documentId: vacatur!.documentId, locale: 'es', data: { slug: 'borrar-antecedentes' } });
    await articles().publish({ documentId: vacatur!.documentId, locale: 'es' });
    await eventually(async () => {
      const { response } = await page(articlePath('es', oldSlug));
      return response.status === 308 && response.headers.get('location') === articlePath('es', 'borrar-antecedentes');
    });
  });

  it('sends /go/<documentId> to the current page in the asked language', async () => {
    for (const [lang, expected] of [
      ['es', articlePath('es', compensation.es)],
      ['en', articlePath('en', compensation.en)],
      ['xx', articlePath('en', compensation.en)],
    ] as const) {
      const { response } = await page(`/go/${compensation.documentId}?lang=${lang}`);
      expect([lang, response.status, response.headers.get('location')]).toEqual([lang, 308, expected]);
    }
    const negotiated = await page(`/go/${compensation.documentId}`, { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(negotiated.response.headers.get('location')).toBe(articlePath('es', compensation.es));
    expect((await page('/go/nosuchdocument?lang=es')).response.status).toBe(404);
  });
});

describe('the revalidate route', () => {
  const webhook = (documentId: string) =>
    JSON.stringify({ event: 'entry.publish', uid: 'api::article.article', entry: { documentId, locale: 'en' } });

  it('refuses a missing or wrong secret, other methods and malformed bodies', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${site.url}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({}, webhook(compensation.documentId))).status).toBe(401);
    expect((await post({ authorization: 'Bearer wrong' }, webhook(compensation.documentId))).status).toBe(401);
    expect((await fetch(`${site.url}/api/revalidate`)).status).toBe(405);
    expect((await post({ authorization: `Bearer ${cms.secrets.revalidate}` }, '{not json')).status).toBe(400);
    expect(
      (
        await post(
          { authorization: `Bearer ${cms.secrets.revalidate}` },
          '{"event":"entry.publish","uid":"api::article.article","entry":{"documentId":"../x","locale":"en"}}',
        )
      ).status,
    ).toBe(400);
  });

  it('changes no page when refused', async () => {
    await page(articlePath('en', compensation.en)); // cached
    // Change the CMS directly, bypassing the webhook, then ask with a wrong secret.
    const webhooks = cms.strapi.get('webhookStore');
    const [hook] = await webhooks.findWebhooks();
    cms.strapi.get('webhookRunner').remove(hook);
    await articles().update({ documentId: compensation.documentId, locale: 'en', data: { summary: 'Silently changed summary' } });
    await articles().publish({ documentId: compensation.documentId, locale: 'en' });
    await fetch(`${site.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong' },
      body: webhook(compensation.documentId),
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await page(articlePath('en', compensation.en))).html).not.toContain('Silently changed summary');
    cms.strapi.get('webhookRunner').add(hook);
  });
});
