import { createHash, randomBytes } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeCodes, locales, type Locale } from '@haven/i18n';
import { captureLogs, startCms, type RunningCms } from '@haven/cms/testing';
import { buildSite, freePort, startSite, type RunningSite } from './testing/site-harness';
import { pathnames } from './i18n/pathnames';
import { formatDate } from './lib/language/format-date';
import { eventually } from './testing/eventually';

/**
 * The site as a visitor meets it, over HTTP, against the real seeded CMS: every locale, the
 * language switcher, fallbacks, 404s, privacy and security headers, sitemap, search and filters.
 */
let cms: RunningCms;
let site: RunningSite;

const segment = (pathname: keyof typeof pathnames, locale: Locale): string => {
  const localized: string | Record<Locale, string> = pathnames[pathname];
  return typeof localized === 'string' ? localized : localized[locale];
};
const articlePath = (locale: Locale, slug: string) => `/${locale}${segment('/articles/[slug]', locale).replace('[slug]', slug)}`;

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual', ...init });
  const html = await response.text();
  // The page's own content, without the hotline bar and navigation every page carries.
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return { response, html, main };
}

/** The compensation article (translated everywhere) and one left in English and Spanish only. */
let translated: Record<string, string>;
let untranslated: { documentId: string; slug: string };

beforeAll(async () => {
  buildSite();
  const port = await freePort();
  cms = await startCms({ webUrl: `http://localhost:${port}` });
  site = await startSite({ port, cmsUrl: cms.url, secrets: cms.secrets });

  const articles = cms.strapi.documents('api::article.article');
  const [compensation] = await articles.findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  const versions = await articles.findMany({
    locale: '*',
    status: 'published',
    filters: { documentId: compensation!.documentId },
  } as never);
  translated = Object.fromEntries(versions.map((version) => [version.locale, version.slug]));
  const [english] = await articles.findMany({ locale: 'en', status: 'published', filters: { slug: 'clearing-your-record' } });
  untranslated = { documentId: english!.documentId, slug: english!.slug! };
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

/** The inline scripts a browser would run, and the sha256 CSP source each needs (computed here, independently of the site's hasher). */
function inlineScriptSources(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !attributes.includes('type="application/ld+json"'))
    .map(([, , text = '']) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

describe('a strict CSP on every page, cached or not', () => {
  const pages = (locale: Locale) => [
    `/${locale}`,
    `/${locale}${segment('/articles', locale)}`,
    articlePath(locale, translated[locale]!),
    `/${locale}${segment('/resources', locale)}`,
    `/${locale}${segment('/faq', locale)}`,
    `/${locale}${segment('/safety', locale)}`,
    `/${locale}${segment('/about', locale)}`,
    `/${locale}${segment('/search', locale)}?q=compensation`,
    `/${locale}/page-not-found`,
  ];

  it.each(localeCodes)('allows exactly the inline scripts of each %s page by hash, on the first and the cached answer', async (locale) => {
    const [resource] = await cms.strapi.documents('api::resource.resource').findMany({ locale, status: 'published', limit: 1 });
    const resourcePage = `/${locale}${segment('/resources/[slug]', locale).replace('[slug]', encodeURIComponent(resource!.slug!))}`;
    for (const pagePath of [...pages(locale), resourcePage]) {
      for (const answer of ['first', 'cached']) {
        const { response, html } = await get(pagePath);
        const policy = response.headers.get('content-security-policy') ?? '';
        const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
        const sources = inlineScriptSources(html);
        expect({ pagePath, answer, scripts: sources.length > 0 }).toEqual({ pagePath, answer, scripts: true });
        for (const source of sources)
          expect({ pagePath, answer, allowed: scriptSrc.split(' ').includes(source) }).toEqual({ pagePath, answer, allowed: true });
        expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
        for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
      }
    }
  });

  it('sends exactly one CSP header with a page', async () => {
    const raw = await new Promise<string[]>((resolve, reject) => {
      httpGet(`${site.url}/en`, (answer) => {
        answer.resume();
        resolve(answer.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase()));
      }).on('error', reject);
    });
    expect(raw.filter((name) => name === 'content-security-policy')).toHaveLength(1);
  });
});

describe.each(locales.map((l) => [l.code, l.dir] as const))('in %s', (locale, dir) => {
  it('serves the home page with the right lang and dir', async () => {
    const { response, html } = await get(`/${locale}`);
    expect(response.status).toBe(200);
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
    expect(html).toMatch(new RegExp(`<html[^>]* dir="${dir}"`));
  });

  it('serves the translated article, whose switcher links to the same article in every locale', async () => {
    const { response, html } = await get(articlePath(locale, translated[locale]!));
    expect(response.status).toBe(200);
    for (const other of localeCodes) expect(html).toContain(`href="${articlePath(other, translated[other]!)}"`);
  });

  it('sets no cookie and sends the security headers', async () => {
    const { response } = await get(`/${locale}`);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers an unknown slug with the localized 404 page, complete without JavaScript', async () => {
    const { response, html } = await get(articlePath(locale, 'no-such-article'), { redirect: 'follow' });
    expect(response.status).toBe(404);
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });
});

describe('missing translations', () => {
  it.each(['vi', 'fa', 'ko'] as const)('shows the English article with a notice in %s, never a 404', async (locale) => {
    const { response, html } = await get(articlePath(locale, untranslated.slug));
    expect(response.status).toBe(200);
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
    expect(html).toMatch(/<[^>]+ lang="en"/);
    expect(html).toContain(`rel="canonical" href="${site.url}${articlePath(defaultLocale, untranslated.slug)}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });

  it('links the switcher to the fallback page for locales without a translation', async () => {
    const { html } = await get(articlePath('en', untranslated.slug));
    expect(html).toContain(`href="${articlePath('vi', untranslated.slug)}"`);
  });
});

describe('bad addresses', () => {
  it.each([
    '/xx',
    '/xx/articles/getting-compensation',
    '/pt-BR/faq',
    '/en/no-such-page',
    '/en/%2e%2e/%2e%2e/etc/passwd',
    '/embed',
    '/embed/xx/hotlines',
    '/embed/es/nothing',
  ])('answers %s with a 404 page in the browser’s language', async (path) => {
    const { response, html } = await get(path, { headers: { 'accept-language': 'vi' } });
    expect(response.status).toBe(404);
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    if (!path.startsWith('/en/')) expect(html).toMatch(/<html[^>]* lang="vi"/);
  });

  it('sends one Location with a redirect from a page, the first time and from the cache', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { response } = await get('/en/articles/no-such-article-here');
      expect([response.status, response.headers.get('location')]).toEqual([307, '/en/page-not-found']);
    }
  });

  it('answers a 10 kB query string with a 4xx, never a 500', async () => {
    const { response } = await get(`/en/search?q=${'a'.repeat(10_000)}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('shows a searched-for script as text', async () => {
    const { response, html } = await get(`/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(response.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('redirects / to the language the browser prefers, telling caches the answer varies', async () => {
    const { response } = await get('/', { headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect([307, 308]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/es$/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(response.headers.get('cache-control')).toMatch(/private|no-store/);
  });

  it.each(['/%zz', '/go/%ff', '/es/articulos/%zz', '/fa/%E0%A4%A', '/api/revalidate/%c0'])(
    'answers the malformed encoding %s with a localized 400 page and the security headers',
    async (pathname) => {
      const { response, html } = await get(pathname, { headers: { 'accept-language': 'ko' } });
      expect(response.status).toBe(400);
      const locale = /^\/(es|fa)\//.exec(pathname)?.[1] ?? 'ko';
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
      expect(html).toContain('href="tel:');
      for (const header of [
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
      ]) {
        expect([header, response.headers.get(header) !== null]).toEqual([header, true]);
      }
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    },
  );

  it.each(['%09', '%0D', '%0A', '%09%0A'])('never turns ?from=/%s/evil.example into a link to another site', async (control) => {
    const { response, main } = await get(`/en/unavailable?from=/${control}/evil.example`);
    expect(response.status).toBe(200);
    const links = [...main.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links.filter((href) => href?.includes('evil.example'))).toEqual([]);
  });

  it('shows a searched-for phrase without bidirectional overrides', async () => {
    const disguised = 'call \u202E7788-373-888-1\u202C now';
    const { html } = await get(`/en/search?q=${encodeURIComponent(disguised)}`);
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain('call 7788-373-888-1 now');
  });

  it('varies a permalink without ?lang on the browser’s language, and keeps it out of shared caches', async () => {
    const asKorean = await get(`/go/${untranslated.documentId}`, { headers: { 'accept-language': 'ko' } });
    expect(asKorean.response.status).toBe(308);
    expect(asKorean.response.headers.get('location')).toMatch(/^\/ko\//);
    expect(asKorean.response.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(asKorean.response.headers.get('cache-control')).toMatch(/private/);
    const chosen = await get(`/go/${untranslated.documentId}?lang=es`, { headers: { 'accept-language': 'ko' } });
    expect(chosen.response.headers.get('location')).toMatch(/^\/es\//);
    expect(chosen.response.headers.get('vary') ?? '').not.toMatch(/Accept-Language/i);
  });
});

describe('nothing a visitor types is kept', () => {
  const filesUnder = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
      : [];

  it('adds no cache file for 200 distinct searches, and logs none of the terms at any level', async () => {
    // The page's shared reads (site settings, hotlines) are cached once; searches must add nothing after.
    await get('/es/buscar?q=warm');
    const cmsLogs = captureLogs(cms);
    const before = new Set(filesUnder(site.cacheDir));
    const marker = `hvn${randomBytes(4).toString('hex')}`;
    const terms = Array.from({ length: 200 }, (_, i) => `${marker}term${i}`);
    try {
      for (const [index, term] of terms.entries()) {
        // Two hundred visitors (one client would meet the search rate limit first), as the front names them.
        const { response } = await get(`/es/buscar?q=${term}`, { headers: { 'x-real-ip': `192.0.2.${index}` } });
        expect(response.status).toBe(200);
      }
    } finally {
      cmsLogs.stop();
    }
    const added = filesUnder(site.cacheDir).filter((file) => !before.has(file));
    expect(added).toEqual([]);
    const mentions = filesUnder(site.cacheDir).filter((file) => readFileSync(file).includes(marker));
    expect(mentions).toEqual([]);
    expect(site.logs()).not.toContain(marker);
    expect(cmsLogs.lines().length).toBeGreaterThan(0);
    expect(cmsLogs.lines().join('\n')).not.toContain(marker);
  });
});

describe('search and filters', () => {
  it('finds seeded content in the visitor’s locale', async () => {
    const english = await get('/en/search?q=hotline');
    expect(english.main).toContain('National Domestic Violence <mark>Hotline</mark>');
    const spanish = await get(`/es${segment('/search', 'es')}?q=compensaci%C3%B3n`);
    expect(spanish.response.status).toBe(200);
    expect(spanish.main).toMatch(/compensaci[oó]n/i);
    expect(spanish.main).not.toContain('Getting compensation');
  });

  it('shows ranked results with their type, the matched words marked, and the language of untranslated ones', async () => {
    const vietnamese = await get(`/vi${segment('/search', 'vi')}?q=${encodeURIComponent('boi thuong')}`);
    expect(vietnamese.main).toMatch(/<mark>bồi<\/mark> <mark>thường<\/mark>/);
    expect(vietnamese.main).toContain('Bài viết');
    const fallback = await get(`/vi${segment('/search', 'vi')}?q=${encodeURIComponent('clearing record')}`);
    expect(fallback.main).toContain(`href="${articlePath('vi', untranslated.slug)}"`);
    expect(fallback.main).toMatch(/lang="en"/);
    expect(fallback.main).toContain('Bằng');
    const partial = await get(`/en/search?q=${encodeURIComponent('compensation xylophone')}`);
    expect(partial.main).toContain('No result has every word you typed.');
    expect(partial.response.headers.get('cache-control')).toMatch(/no-store/);
    expect(partial.html).toMatch(/<meta name="robots" content="noindex/);
  });

  it('tells the visitor what is wrong with a query it cannot search, in their language', async () => {
    const punctuation = await get(`/en/search?q=${encodeURIComponent('?!…')}`);
    expect(punctuation.response.status).toBe(200);
    expect(punctuation.main).toContain('Please type at least one word or number.');
    const mixed = await get(`/fa${segment('/search', 'fa')}?q=${encodeURIComponent('visа')}`);
    expect(mixed.main).toContain('الفباهای مختلف');
    const controls = await get(`/en/search?q=${encodeURIComponent('hot\u0007line')}`);
    expect(controls.main).toContain('hidden control characters');
    expect(controls.main).toContain('<mark>Hotline</mark>');
  });

  it('answers the 61st search in a minute from one client with a friendly 429, and others still search', async () => {
    const client = { headers: { 'x-real-ip': '198.51.100.7' } };
    for (let i = 0; i < 60; i += 1) expect((await get(`/en/search?q=visa${i}`, client)).response.status).toBe(200);
    const refused = await get(`/es${segment('/search', 'es')}?q=visa`, client);
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toBe('60');
    expect(refused.response.headers.get('cache-control')).toBe('no-store');
    expect(refused.html).toMatch(/<html lang="es"/);
    expect(refused.html).toContain('Espere un minuto');
    expect(refused.html).toContain('href="tel:');
    // The page itself, without a search, and another visitor are not limited.
    expect((await get(`/es${segment('/search', 'es')}`, client)).response.status).toBe(200);
    expect((await get('/en/search?q=visa', { headers: { 'x-real-ip': '198.51.100.8' } })).response.status).toBe(200);
  });

  it('filters resources by county, kind, language and 24/7 through GET parameters', async () => {
    const la = await get('/en/resources?county=Los+Angeles');
    expect(la.main).toContain('Coalition to Abolish Slavery');
    const fresno = await get('/en/resources?county=Fresno');
    expect(fresno.main).not.toContain('Coalition to Abolish Slavery');
    expect(fresno.main).toContain('California Victim Compensation Board');
    const programs = await get('/en/resources?kind=government_program');
    expect(programs.main).toContain('California Victim Compensation Board');
    expect(programs.main).not.toContain('National Domestic Violence Hotline');
    const spanishSpeaking = await get('/en/resources?language=es');
    expect(spanishSpeaking.main).toContain('National Human Trafficking Hotline');
    expect(spanishSpeaking.main).not.toContain('California Victim Compensation Board');
    const allDay = await get('/en/resources?open24x7=1');
    expect(allDay.main).not.toContain('California Victim Compensation Board');
    expect(allDay.main).toContain('National Domestic Violence Hotline');
  });

  it('ignores malformed filter values instead of failing', async () => {
    const { response } = await get('/en/resources?kind=%00&county[]=x&open24x7=maybe&page=-1');
    expect(response.status).toBe(200);
  });

  describe('with more shelters than fit on a page', () => {
    const shelterNames = Array.from({ length: 23 }, (_, index) => `Haven test shelter ${String(index + 1).padStart(2, '0')}`);
    beforeAll(async () => {
      const resources = cms.strapi.documents('api::resource.resource');
      for (const [index, name] of shelterNames.entries()) {
        await resources.create({
          locale: 'en',
          status: 'published',
          data: {
            name,
            slug: `haven-test-shelter-${index + 1}`,
            kind: 'shelter',
            translationStatus: 'original',
            confidential: true,
            free: true,
            open24x7: false,
            counties: ['Alpine'],
          },
        });
      }
    });
    const shown = (main: string) => shelterNames.filter((name) => main.includes(`>${name}<`));

    it('pages the filtered list, counting every match and keeping the filters on each page link', async () => {
      const first = await get('/en/resources?kind=shelter&county=Alpine');
      expect(first.main).toContain('23 services found');
      expect(shown(first.main)).toEqual(shelterNames.slice(0, 20));
      expect(first.main).toContain('Page 1 of 2');
      expect(first.main).toContain('rel="next" href="/en/resources?kind=shelter&amp;county=Alpine&amp;page=2"');
      const second = await get('/en/resources?kind=shelter&county=Alpine&page=2');
      expect(second.main).toContain('23 services found');
      expect(shown(second.main)).toEqual(shelterNames.slice(20));
      expect(second.main).toContain('rel="prev" href="/en/resources?kind=shelter&amp;county=Alpine"');
      expect(second.main).not.toContain('rel="next"');
    });

    it('answers a page past the end with the not-found page', async () => {
      const { response } = await get('/en/resources?kind=shelter&page=3', { redirect: 'follow' });
      expect(response.status).toBe(404);
      expect(response.url).toMatch(/\/en\/page-not-found$/);
    });

    it('shows each resource of a page in the visitor’s language where translated, else in English, marked', async () => {
      const hotlines = await get(`/vi${segment('/resources', 'vi')}?kind=hotline`);
      expect(hotlines.main).toContain('Đường dây nóng Quốc gia về Nạn buôn người');
      expect(hotlines.main).not.toContain('>National Human Trafficking Hotline<');
      const shelters = await get(`/vi${segment('/resources', 'vi')}?kind=shelter&county=Alpine`);
      expect(shelters.main).toMatch(/>Haven test shelter 01<[\s\S]*?Tiếng Anh/);
    });
  });
});

describe('reviews readers can rely on', () => {
  const resourcePath = (slug: string) => `/en${segment('/resources/[slug]', 'en').replace('[slug]', slug)}`;
  const publishedResource = async (checkIsSample: boolean) =>
    (await cms.strapi.db.query('api::resource.resource').findOne({
      where: { locale: 'en', checkIsSample, publishedAt: { $notNull: true } },
    })) as { documentId: string; slug: string };
  const facts = (main: string) => /<p[^>]*data-details-check="(\w+)"[^>]*>(.*?)<\/p>/s.exec(main)?.slice(1);

  it('says when a resource’s details were checked, and nothing more while that is recent', async () => {
    const resource = await publishedResource(false);
    const today = new Date().toISOString().slice(0, 10);
    const resources = cms.strapi.documents('api::resource.resource');
    await resources.update({ documentId: resource.documentId, locale: 'en', data: { lastVerifiedOn: today } });
    await resources.publish({ documentId: resource.documentId, locale: 'en' });
    const expected = ['current', `Details checked on ${formatDate(today, 'en')}.`];
    await eventually(async () => JSON.stringify(facts((await get(resourcePath(resource.slug))).main)) === JSON.stringify(expected));
  });

  it('asks readers to call ahead when the details are not checked, never showing the seed’s sample check', async () => {
    const { main } = await get(resourcePath((await publishedResource(true)).slug));
    expect(facts(main)).toEqual(['due', 'Details have not been checked yet. Call ahead to confirm before you go.']);
  });

  it('shows the seed’s sample legal review to no reader', async () => {
    for (const locale of ['en', 'fa'] as const) {
      const { main } = await get(articlePath(locale, translated[locale]!));
      expect(main).not.toContain('Sample reviewer');
    }
    expect((await get(articlePath('en', translated.en!))).main).toContain('Not yet legally reviewed');
  });
});

describe('sharing a page', () => {
  it('offers "Send by text" with the title and permalink, and the permalink to copy, which leads back to the page', async () => {
    const { main } = await get(articlePath('fa', translated.fa!));
    const [, body] = /<a[^>]*href="sms:\?&amp;body=([^"]+)"/.exec(main) ?? [];
    const [, permalink] = /<input[^>]*type="url"[^>]*value="([^"]+)"/.exec(main) ?? [];
    expect(permalink).toMatch(/\/go\/[a-z0-9]+\?lang=fa$/);
    expect(decodeURIComponent(body!)).toContain(permalink!.replace(/&amp;/g, '&'));
    const followed = await fetch(`${site.url}${new URL(permalink!).pathname}${new URL(permalink!).search}`, { redirect: 'manual' });
    expect([followed.status, followed.headers.get('location')]).toEqual([308, articlePath('fa', translated.fa!)]);
  });
});

describe('sitemap', () => {
  it('lists every article with hreflang alternates for the locales it exists in', async () => {
    const { response, html } = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(html).toContain(`${site.url}${articlePath('vi', translated.vi!)}`);
    expect(html).toMatch(new RegExp(`hreflang="fa"[^>]*href="${site.url}${articlePath('fa', translated.fa!)}"`));
    expect(html).toContain('hreflang="x-default"');
  });
});
