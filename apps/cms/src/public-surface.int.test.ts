import { graphql, startCms, trustedQuery, type RunningCms } from './testing/cms-harness';

/**
 * The CMS's public surface as an attacker meets it, on a real Strapi with the seed: every request
 * here is refused with a 4xx, quickly, never with a draft, and the CMS keeps answering.
 * Runs on SQLite by default and on PostgreSQL with DATABASE_CLIENT=postgres.
 */
let cms: RunningCms;
let draftTitle: string;

beforeAll(async () => {
  cms = await startCms();
  draftTitle = 'Unpublished wording nobody may read';
  const articles = cms.strapi.documents('api::article.article');
  const [published] = await articles.findMany({ locale: 'en', status: 'published', limit: 1 });
  if (!published) throw new Error('the seed has no published article');
  // A published article with unpublished edits, and a resource that exists only as a draft.
  await articles.update({ documentId: published.documentId, locale: 'en', data: { title: draftTitle } });
  await cms.strapi.documents('api::resource.resource').create({
    locale: 'en',
    data: {
      name: draftTitle,
      slug: 'draft-only-resource',
      kind: 'ngo',
      translationStatus: 'original',
      confidential: false,
      free: true,
      open24x7: false,
    },
  });
});
afterAll(async () => {
  await cms?.stop();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** The CMS still answers one of the site's own queries, within a second. */
async function stillServes(): Promise<void> {
  const started = performance.now();
  const response = await trustedQuery(cms, 'Faqs', { locale: 'en' });
  expect(response.status).toBe(200);
  expect(response.body.data.faqs.length).toBeGreaterThan(0);
  expect(performance.now() - started).toBeLessThan(1000);
}

function expectNoDraft(body: unknown): void {
  expect(JSON.stringify(body ?? null)).not.toContain(draftTitle);
}

const localizationsNineDeep = `{ articles { ${'localizations { '.repeat(9)} title ${'} '.repeat(9)} } }`;
const threeHundredAliases = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: articles(pagination: { limit: 100 }) { title body }`).join(' ')} }`;
const hundredAliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: faqs { question }`).join(' ')} }`;
const fragmentLoop =
  '{ articles { ...A } } fragment A on Article { localizations { ...B } } fragment B on Article { localizations { ...A } }';
const fragmentSelfSpread = '{ articles { ...A } } fragment A on Article { title ...A }';
const localizationsThroughFragments = `{ resources { ...R } } fragment R on Resource { localizations { ...S } }
  fragment S on Resource { localizations { ...T } } fragment T on Resource { localizations { localizations { localizations { name } } } }`;

describe('anonymous GraphQL runs only the trusted documents', () => {
  it('refuses 300 aliases of a 100-item list (26 kB) as too large, before reading it', async () => {
    const response = await graphql(cms, threeHundredAliases);
    expect([response.status, response.body.errors?.[0]?.extensions?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    await stillServes();
  });

  it.each([
    ['localizations nested nine deep (204 bytes)', localizationsNineDeep],
    ['100 aliases', hundredAliases],
    ['a fragment loop', fragmentLoop],
    ['a fragment that spreads itself', fragmentSelfSpread],
    ['localizations chained through fragments on resources', localizationsThroughFragments],
    [
      'a status default',
      'query Q($s: PublicationStatus = DRAFT) { siteSetting(status: $s, locale: "en") { featuredHotlines { documentId name publishedAt } } }',
    ],
    ['a publication filter', '{ articles(publicationFilter: MODIFIED) { documentId } }'],
    ['hasPublishedVersion', '{ faqs(hasPublishedVersion: false) { question } }'],
    ['a filter through localizations', '{ articles(filters: { localizations: { title: { contains: "Unpublished" } } }) { documentId } }'],
    ['introspection', '{ __schema { types { name } } }'],
  ])('refuses %s with a 400 before running it', async (_name, query) => {
    const started = performance.now();
    const response = await graphql(cms, query);
    expect([response.status, response.body.errors?.[0]?.extensions?.code]).toEqual([400, 'UNTRUSTED_OPERATION']);
    expect(response.body.data ?? null).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
    await stillServes();
  });

  it('refuses an unknown hash, a hash sent with other text, a batch, a GET and an oversized body', async () => {
    const unknownHash = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }));
    expect(unknownHash.status).toBe(400);
    const { sha256 } = (await import('@haven/content/trusted-documents.json')).default.Faqs;
    const mismatched = await post(
      JSON.stringify({ query: localizationsNineDeep, extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } } }),
    );
    expect(mismatched.status).toBe(400);
    expect((await post(JSON.stringify([{ query: '{ faqs { question } }' }]))).status).toBe(400);
    expect((await post('{"query": ')).status).toBe(400);
    expect((await fetch(`${cms.url}/graphql?query=${encodeURIComponent('{ faqs { question } }')}`)).status).toBe(405);
    expect((await post(JSON.stringify({ query: ' '.repeat(20_000) }))).status).toBe(413);
    await stillServes();
  });

  it.each(['/graphql/', '/GraphQL', '/GRAPHQL/'])('guards %s as it guards /graphql', async (pathname) => {
    const response = await fetch(`${cms.url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: localizationsNineDeep }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([400, 'UNTRUSTED_OPERATION']);
  });

  it.each(['/graphql?via=partner', '/GraphQL/'])('answers a trusted document at %s', async (pathname) => {
    const { sha256 } = (await import('@haven/content/trusted-documents.json')).default.Faqs;
    const body = JSON.stringify({ variables: { locale: 'en' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } } });
    const headers = { 'content-type': 'application/json' };
    const response = await fetch(`${cms.url}${pathname}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
  });

  it('accepts the exact text of a trusted document, as a partner may send it', async () => {
    const { document } = (await import('@haven/content/trusted-documents.json')).default.Faqs;
    const response = await graphql(cms, document, { locale: 'es' });
    expect([response.status, response.body.data?.faqs?.length > 0]).toEqual([200, true]);
  });

  it('refuses a trusted document asked for drafts, through a variable, on every type', async () => {
    for (const [name, variables] of [
      ['ArticleBySlug', { locale: 'en', slug: 'x', status: 'DRAFT' }],
      ['ResourceBySlug', { locale: 'en', slug: 'draft-only-resource', status: 'DRAFT' }],
      ['ResourceById', { locale: 'en', documentId: 'x', status: 'DRAFT' }],
    ] as const) {
      const response = await trustedQuery(cms, name, variables);
      expect([name, response.status]).toEqual([name, 403]);
      expectNoDraft(response.body);
    }
  });

  it('answers at most 100 items however large or negative the limit a visitor sends', async () => {
    for (const limit of [-1, 0, 100_000]) {
      const response = await trustedQuery(cms, 'Articles', { locale: 'en', limit });
      expect([limit, response.status]).toEqual([limit, 200]);
      expect(response.body.data.articles.length).toBeLessThanOrEqual(100);
    }
  });

  it("answers the site's own queries with published content only", async () => {
    const settings = await trustedQuery(cms, 'SiteSettings', { locale: 'en' });
    const resources = await trustedQuery(cms, 'Resources', { locale: 'en' });
    const search = await trustedQuery(cms, 'Search', { locale: 'en', query: 'Unpublished' });
    for (const response of [settings, resources, search]) {
      expect(response.status).toBe(200);
      expectNoDraft(response.body);
    }
    expect(search.body.data.search.hits).toEqual([]);
  });
});

describe('staff tooling with a full-access token meets the limits', () => {
  it.each([
    ['localizations nested nine deep', localizationsNineDeep, /may load \d+ objects/],
    ['localizations chained through fragments', localizationsThroughFragments, /may load \d+ objects/],
    ['100 aliases', hundredAliases, /Aliases limit/],
    ['a fragment loop', fragmentLoop, /loop/],
    ['a fragment that spreads itself', fragmentSelfSpread, /loop/],
    ['more tokens than allowed', `{ faqs { ${'question '.repeat(1200)} } }`, /tokens/],
  ])('refuses %s with a 400, quickly', async (_name, query, message) => {
    const started = performance.now();
    const response = await graphql(cms, query, {}, cms.staffToken);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(200);
    await stillServes();
  });
});

describe('anonymous REST', () => {
  const rest = (pathname: string) => fetch(`${cms.url}${pathname}`);

  it.each([
    '/api/articles?filters[localizations][publishedAt][$null]=true',
    '/api/articles?filters[localizations][title][$contains]=Unpublished',
    '/API/Articles/?filters[localizations][title][$contains]=Unpublished',
    '/api/articles?filters[$or][0][slug][$eq]=x&filters[$or][1][localizations][title][$contains]=Unpublished',
    '/api/resources?filters[$not][localizations][name][$contains]=Unpublished',
    '/api/articles?filters[topics][slug][$eq]=compensation',
    '/api/articles?populate=*',
    '/api/articles?populate[localizations]=true',
    '/api/articles?populate[topics][populate]=*',
    '/api/site-setting?populate[featuredHotlines][populate][localizations]=true',
    '/api/articles?status=draft',
    '/api/articles?publicationFilter=modified',
    '/api/faqs?hasPublishedVersion=false',
    '/api/articles?sort=localizations.title',
    '/api/articles?fields[0]=createdBy',
    '/api/articles?pagination[limit]=-1',
  ])('refuses %s with a 400 naming the parameter', async (pathname) => {
    const response = await rest(pathname);
    const body = (await response.json()) as { error?: { message?: string } };
    expect(response.status).toBe(400);
    expect(body.error?.message).toMatch(/filters|populate|status|publicationFilter|hasPublishedVersion|sort|fields|pagination/);
    expectNoDraft(body);
  });

  it('answers plain reads: own-field filters, sort, pagination and one level of populate', async () => {
    for (const pathname of [
      '/api/articles?locale=es&filters[slug][$notNull]=true&sort=title:asc&pagination[pageSize]=5',
      '/api/resources?filters[$or][0][kind][$eq]=hotline&filters[$or][1][open24x7][$eq]=true',
      '/api/site-setting?locale=en&populate[featuredHotlines]=true',
    ]) {
      const response = await rest(pathname);
      expect([pathname, response.status]).toEqual([pathname, 200]);
      expectNoDraft(await response.json());
    }
  });
});

describe('CORS', () => {
  it.each(['https://evil.example', 'null', 'http://127.0.0.1:9'])('gives %s no access to /api, /graphql or /admin', async (origin) => {
    for (const pathname of ['/api/articles', '/graphql', '/admin/init']) {
      const preflight = await fetch(`${cms.url}${pathname}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      const read = await fetch(`${cms.url}${pathname}`, { headers: { origin } });
      for (const response of [preflight, read]) {
        expect([pathname, response.headers.get('access-control-allow-origin')]).toEqual([pathname, null]);
        expect([pathname, response.headers.get('access-control-allow-credentials')]).toEqual([pathname, null]);
      }
    }
  });
});

describe('headers and health', () => {
  it('sends no X-Powered-By and trusts no proxy unless configured', async () => {
    const response = await fetch(`${cms.url}/api/faqs`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(cms.strapi.server.app.proxy).toBe(false);
  });

  it("answers a browser's /favicon.ico with Haven's icon, not an error", async () => {
    const response = await fetch(`${cms.url}/favicon.ico`);
    expect(response.status).toBe(200);
    const signature = Buffer.from(await response.arrayBuffer()).subarray(0, 8);
    expect(signature.equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBe(true);
  });

  it('answers /_health with 204 while the database answers, and 503 once it does not', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    // Last in this file: the database goes away for good.
    await cms.strapi.db.connection.destroy();
    expect((await fetch(`${cms.url}/_health`)).status).toBe(503);
  });
});
