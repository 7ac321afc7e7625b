import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18n from '@haven/i18n/locales.json';
import { printSchemaFile } from './graphql/schema-file';
import { seed } from './seed';
import { graphql, startCms, trustedQuery, type RunningCms } from './testing/cms-harness';

/**
 * The content platform as visitors, editors and partners meet it, on a real Strapi with the seed.
 * Runs on SQLite by default and on PostgreSQL with DATABASE_CLIENT=postgres.
 */
let cms: RunningCms;
const localeCodes = i18n.locales.map((locale) => locale.code);

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

const rest = (pathname: string, init: RequestInit = {}) =>
  fetch(`${cms.url}${pathname}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
const json = async (response: Response): Promise<any> => response.json();

async function countByLocale(uid: string): Promise<Record<string, number>> {
  const rows: { locale: string }[] = await cms.strapi.db.query(uid).findMany({ select: ['locale'] });
  return rows.reduce<Record<string, number>>((counts, { locale }) => ({ ...counts, [locale]: (counts[locale] ?? 0) + 1 }), {});
}

describe(`content model and seed (${process.env.DATABASE_CLIENT ?? 'sqlite'})`, () => {
  it('creates the eight locales with English as the default', async () => {
    const response = await rest('/api/i18n/locales');
    expect(response.status).toBe(200);
    const locales: { code: string; isDefault: boolean }[] = await json(response);
    expect(locales.map((l) => l.code).sort()).toEqual([...localeCodes].sort());
    expect(locales.find((l) => l.isDefault)?.code).toBe('en');
  });

  it.each(['api::topic.topic', 'api::resource.resource', 'api::faq.faq', 'api::site-setting.site-setting'])(
    'seeds %s in every locale',
    async (uid) => {
      const counts = await countByLocale(uid);
      for (const code of localeCodes) expect(counts[code] ?? 0).toBeGreaterThan(0);
    },
  );

  it('seeds at least 6 articles, 10 resources and 8 FAQs in English and Spanish', async () => {
    const published = (uid: string, locale: string) => cms.strapi.documents(uid as never).count({ locale, status: 'published' } as never);
    for (const locale of ['en', 'es']) {
      expect(await published('api::article.article', locale)).toBeGreaterThanOrEqual(6);
      expect(await published('api::resource.resource', locale)).toBeGreaterThanOrEqual(10);
      expect(await published('api::faq.faq', locale)).toBeGreaterThanOrEqual(8);
    }
  });

  it('translates the compensation article into every locale and leaves some articles untranslated', async () => {
    const response = await graphql(
      cms,
      '{ articles(locale: "en", pagination: { limit: 100 }) { slug localizations { locale } } }',
      {},
      cms.staffToken,
    );
    const articles: { slug: string; localizations: { locale: string }[] }[] = response.body.data.articles;
    const localesOf = (article: (typeof articles)[number]) => article.localizations.map((l) => l.locale).sort();
    const everywhere = articles.filter((article) => localesOf(article).length === localeCodes.length - 1);
    expect(everywhere.length).toBeGreaterThanOrEqual(1);
    expect(articles.some((article) => !localesOf(article).includes('vi'))).toBe(true);
  });

  it('marks text written as a translation as a draft translation', async () => {
    const response = await trustedQuery(cms, 'Faqs', { locale: 'vi' });
    const statuses = response.body.data.faqs.map((faq: { translationStatus: string }) => faq.translationStatus);
    expect(statuses.length).toBeGreaterThanOrEqual(8);
    expect(new Set(statuses)).toEqual(new Set(['draft_translation']));
  });

  it('changes nothing when the seed runs a second time', async () => {
    const uids = ['api::article.article', 'api::resource.resource', 'api::faq.faq', 'api::topic.topic', 'api::site-setting.site-setting'];
    const before = await Promise.all(uids.map(countByLocale));
    expect(await seed(cms.strapi)).toEqual({});
    expect(await Promise.all(uids.map(countByLocale))).toEqual(before);
  });
});

describe('public permissions', () => {
  const collections = [
    { rest: 'articles', graphql: 'Article' },
    { rest: 'resources', graphql: 'Resource' },
    { rest: 'faqs', graphql: 'Faq' },
    { rest: 'topics', graphql: 'Topic' },
    { rest: 'slug-histories', graphql: 'SlugHistory' },
  ];

  it.each(collections)('lets visitors list and read $rest over REST and GraphQL', async ({ rest: plural }) => {
    const list = await rest(`/api/${plural}?locale=en`);
    expect(list.status).toBe(200);
    const { data } = await json(list);
    if (data.length > 0) expect((await rest(`/api/${plural}/${data[0].documentId}?locale=en`)).status).toBe(200);
  });

  it.each(collections)('refuses create, update, delete and publish of $rest over REST', async ({ rest: plural }) => {
    const [first] = (await json(await rest(`/api/${plural}?locale=en`))).data;
    const id = first?.documentId ?? 'abc';
    const body = JSON.stringify({ data: { title: 'x', name: 'x', question: 'x' } });
    expect((await rest(`/api/${plural}`, { method: 'POST', body })).status).toBe(403);
    expect([400, 403]).toContain((await rest(`/api/${plural}?status=published`, { method: 'POST', body })).status);
    expect((await rest(`/api/${plural}/${id}`, { method: 'PUT', body })).status).toBe(403);
    expect((await rest(`/api/${plural}/${id}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('refuses changes to site settings over REST', async () => {
    expect((await rest('/api/site-setting', { method: 'PUT', body: '{"data":{"siteName":"x"}}' })).status).toBe(403);
    expect((await rest('/api/site-setting', { method: 'DELETE' })).status).toBe(403);
    expect((await rest('/api/site-setting?locale=es')).status).toBe(200);
  });

  it.each([...collections, { rest: 'site-setting', graphql: 'SiteSetting' }])(
    'offers no GraphQL mutation for $graphql',
    async ({ graphql: type }) => {
      for (const mutation of [
        `mutation { create${type}(data: {}) { documentId } }`,
        `mutation { update${type}(documentId: "x", data: {}) { documentId } }`,
        `mutation { delete${type}(documentId: "x") { documentId } }`,
      ]) {
        // Not even staff tooling finds them: the schema has none.
        const response = await graphql(cms, mutation, {}, cms.staffToken);
        expect(response.body.data ?? null).toBeNull();
        expect(response.body.errors?.[0]?.message).toMatch(/Cannot query field|Unknown type|Unknown argument/);
      }
    },
  );

  it('refuses users, registration, login and upload to visitors', async () => {
    expect((await rest('/api/users')).status).toBe(403);
    expect((await rest('/api/users/me')).status).toBe(403);
    const account = JSON.stringify({ username: 'eve', email: 'eve@example.org', password: 'Secret-123' });
    expect([400, 403]).toContain((await rest('/api/auth/local/register', { method: 'POST', body: account })).status);
    expect((await rest('/api/upload', { method: 'POST', body: '{}' })).status).toBe(403);
    expect((await rest('/api/upload/files')).status).toBe(403);
    const register = await graphql(
      cms,
      'mutation { register(input: { username: "eve", email: "eve@example.org", password: "Secret-123" }) { jwt } }',
    );
    expect(register.body.data?.register ?? null).toBeNull();
    expect(register.body.errors?.length).toBeGreaterThan(0);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });
});

describe('drafts and unpublished documents', () => {
  let draftId: string;
  let unpublishedId: string;

  beforeAll(async () => {
    const articles = cms.strapi.documents('api::article.article');
    draftId = (
      await articles.create({ locale: 'en', data: { title: 'Secret draft', slug: 'secret-draft', translationStatus: 'original' } })
    ).documentId;
    unpublishedId = (
      await articles.create({
        locale: 'en',
        data: { title: 'Withdrawn page', slug: 'withdrawn-page', translationStatus: 'original' },
        status: 'published',
      })
    ).documentId;
    await articles.unpublish({ documentId: unpublishedId, locale: 'en' });
  });

  it('never lists drafts over REST, even when asked for them', async () => {
    const slugs = (await json(await rest('/api/articles?locale=en&pagination[pageSize]=100'))).data.map((a: { slug: string }) => a.slug);
    expect(slugs).not.toContain('secret-draft');
    expect(slugs).not.toContain('withdrawn-page');
    for (const query of ['&status=draft', '&status=published', '&publicationState=preview']) {
      const response = await rest(`/api/articles?locale=en&pagination[pageSize]=100${query}`);
      expect([query, response.status]).toEqual([query, 400]);
    }
    expect((await rest(`/api/articles/${draftId}?locale=en`)).status).toBe(404);
    expect((await rest(`/api/articles/${draftId}?locale=en&status=draft`)).status).toBe(400);
    expect((await rest(`/api/articles/${unpublishedId}?locale=en`)).status).toBe(404);
  });

  it('never returns drafts over GraphQL and refuses to be asked for them', async () => {
    const plain = await trustedQuery(cms, 'Articles', { locale: 'en', limit: 100 });
    const slugs = plain.body.data.articles.map((a: { slug: string }) => a.slug);
    expect(slugs).not.toContain('secret-draft');
    expect(slugs).not.toContain('withdrawn-page');

    // Through the site's own operations: Haven's guard (403).
    for (const [name, variables] of [
      ['ArticleBySlug', { locale: 'en', slug: 'secret-draft', status: 'DRAFT' }],
      ['ArticleById', { locale: 'en', documentId: draftId, status: 'DRAFT' }],
    ] as const) {
      const response = await trustedQuery(cms, name, variables);
      expect([name, response.status, response.body.data ?? null]).toEqual([name, 403, null]);
    }
    // Written by hand: not a trusted document at all (400).
    for (const query of [
      '{ articles(status: DRAFT) { slug } }',
      '{ siteSetting(status: DRAFT) { featuredHotlines { name } } }',
      '{ siteSetting { featuredHotlines(status: DRAFT) { name } } }',
    ]) {
      const response = await graphql(cms, query);
      expect([query, response.status, response.body.data ?? null]).toEqual([query, 400, null]);
    }
    const one = await trustedQuery(cms, 'ArticleById', { locale: 'en', documentId: draftId });
    expect(one.body.data.article).toBeNull();
  });

  it("shows drafts to the site's preview token, and only to it", async () => {
    const variables = { documentId: draftId, locale: 'en', status: 'DRAFT' };
    const preview = await trustedQuery(cms, 'ArticleById', variables, cms.secrets.previewToken);
    expect([preview.status, preview.body.errors, preview.body.data?.article?.slug]).toEqual([200, undefined, 'secret-draft']);
    const wrongToken = await trustedQuery(cms, 'ArticleById', variables, 'not-the-token-not-the-token-not-the-token');
    expect(wrongToken.status).toBe(401);
    // The preview token, too, runs only the trusted documents.
    const handWritten = await graphql(cms, `{ article(documentId: "${draftId}", status: DRAFT) { slug } }`, {}, cms.secrets.previewToken);
    expect(handWritten.status).toBe(400);
  });
});

describe('publishing loop', () => {
  it('keeps exactly one webhook that tells the site about publishes, with its secret', async () => {
    const { ensureRevalidationWebhook } = await import('./bootstrap/revalidation-webhook.js');
    await ensureRevalidationWebhook(cms.strapi); // a second start
    const webhooks = await cms.strapi.get('webhookStore').findWebhooks();
    expect(webhooks).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:9/api/revalidate',
        headers: { Authorization: `Bearer ${cms.secrets.revalidate}` },
        events: expect.arrayContaining(['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete']),
        isEnabled: true,
      }),
    ]);
  });
});

describe('GraphQL limits', () => {
  it('rejects a query nested 11 levels deep', async () => {
    // siteSetting → 5 × (featuredHotlines → localizations) → name: 11 levels.
    const deep = `{ a1: siteSetting { ${'featuredHotlines { localizations { '.repeat(5)} name ${'} } '.repeat(5)} } }`;
    const response = await graphql(cms, deep, {}, cms.staffToken);
    expect(response.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 10/);
  });

  it('answers at most 100 items however many are asked for', async () => {
    const topics = cms.strapi.documents('api::topic.topic');
    for (let i = 0; i < 101; i += 1) await topics.create({ locale: 'ko', data: { name: `Bulk ${i}`, slug: `bulk-${i}` } });
    const response = await graphql(cms, '{ topics(locale: "ko", pagination: { limit: 1000 }) { slug } }', {}, cms.staffToken);
    expect(response.body.data.topics).toHaveLength(100);
    const rest100 = await json(await rest('/api/topics?locale=ko&pagination[pageSize]=1000'));
    expect(rest100.data).toHaveLength(100);
  });
});

describe('slugs', () => {
  const articles = () => cms.strapi.documents('api::article.article');

  it('rejects a slug already used in the same locale, naming the field', async () => {
    const [existing] = await articles().findMany({ locale: 'en', limit: 1 });
    await expect(
      articles().create({ locale: 'en', data: { title: 'Copy', slug: existing!.slug!, translationStatus: 'original' } }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/^slug /),
    });
  });

  it('allows the same slug in two locales', async () => {
    const created = await articles().create({
      locale: 'en',
      data: { title: 'Shared', slug: 'shared-slug', translationStatus: 'original' },
    });
    await expect(
      articles().update({
        documentId: created.documentId,
        locale: 'fil',
        data: { title: 'Shared', slug: 'shared-slug', translationStatus: 'draft_translation' },
      }),
    ).resolves.toMatchObject({ slug: 'shared-slug', locale: 'fil' });
  });

  it('rejects slugs that are not URL-safe', async () => {
    await expect(
      articles().create({ locale: 'en', data: { title: 'Bad', slug: 'Bad Slug!', translationStatus: 'original' } }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^slug must use only lower-case/),
    });
  });

  it('records the old slug when an editor changes it, and the public can read that record', async () => {
    const created = await articles().create({
      locale: 'es',
      data: { title: 'Viejo', slug: 'titulo-viejo', translationStatus: 'original' },
      status: 'published',
    });
    await articles().update({ documentId: created.documentId, locale: 'es', data: { slug: 'titulo-nuevo' } });
    const body = await json(await rest('/api/slug-histories?filters[oldSlug][$eq]=titulo-viejo'));
    expect(body.data).toEqual([
      expect.objectContaining({ contentType: 'article', targetDocumentId: created.documentId, pageLocale: 'es', oldSlug: 'titulo-viejo' }),
    ]);
  });
});

describe('field validation', () => {
  const resources = () => cms.strapi.documents('api::resource.resource');
  const base = { name: 'Test line', slug: 'test-line', kind: 'hotline' };

  it.each([
    ['phone', { phone: 'call us' }],
    ['sms', { sms: 'text-me' }],
    ['tty', { tty: '7' }],
    ['email', { email: 'not-an-email' }],
    ['website', { website: 'javascript:alert(1)' }],
    ['languagesSpoken', { languagesSpoken: ['en', 'klingon'] }],
    ['counties', { counties: 'Los Angeles' }],
  ])('rejects a malformed %s with the field named', async (field, data) => {
    await expect(resources().create({ locale: 'en', data: { ...base, ...data } } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(new RegExp(`^${field} `)),
    });
  });

  it('rejects a malformed source URL on an article', async () => {
    await expect(
      cms.strapi.documents('api::article.article').create({
        locale: 'en',
        data: { title: 'Sources', slug: 'sources-test', sources: [{ label: 'Law', url: 'ftp://example.org' }] },
      } as never),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^sources\.0\.url /) });
  });

  it.each([
    ['api::article.article', 'body', { title: 'Rich text', slug: 'rich-text-test' }],
    ['api::faq.faq', 'answer', { question: 'Rich text?' }],
  ] as const)('refuses javascript: and data: links in the rich text of %s, naming %s', async (uid, field, base) => {
    const links = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'];
    const blocks = [{ type: 'paragraph', children: links.map((url) => ({ type: 'link', url, children: [{ type: 'text', text: 'x' }] })) }];
    const error = await cms.strapi
      .documents(uid)
      .create({ locale: 'en', data: { ...base, [field]: blocks } } as never)
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(new RegExp(`^${field} `)) });
    for (const url of links) expect((error as Error).message).toContain(url);
  });

  it('accepts well-formed contact details', async () => {
    const created = await resources().create({
      locale: 'en',
      data: {
        ...base,
        phone: '1-888-373-7888',
        sms: '233733',
        email: 'help@example.org',
        website: 'https://example.org',
        languagesSpoken: ['en', 'zh-Hant'],
      },
    } as never);
    expect(created.phone).toBe('1-888-373-7888');
  });
});

describe('GraphQL schema file', () => {
  it('matches the schema the CMS serves (run `npm run schema` after changing the content model)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../packages/content/schema.graphql'), 'utf8');
    expect(printSchemaFile(cms.strapi)).toBe(committed);
  });
});
