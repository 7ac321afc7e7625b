import { seedContent } from './seed/data';
import { graphql, signInNewAdmin, startCms, trustedQuery, type RunningCms } from './testing';

/**
 * Editorial oversight on the seeded CMS (SQLite, or PostgreSQL with DATABASE_CLIENT=postgres):
 * publishing a change to an original outdates its translations, publishing a translation brings
 * it up to date, a minor change outdates nothing; reviews come due after their intervals; the
 * reports are for signed-in admins only, and sample reviews never reach readers.
 */
let cms: RunningCms;
let editorToken = '';
let intakeToken = '';
let compensation = '';
const uid = 'api::article.article';

interface ReportRow {
  documentId: string;
  locale: string;
  state: string;
  outdatedSince: string | null;
  editUrl: string;
}

async function report(query = ''): Promise<{ data: ReportRow[]; counts: Record<string, Record<string, number>> }> {
  const response = await fetch(`${cms.url}/haven-reports/translations${query}`, { headers: { authorization: `Bearer ${editorToken}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as { data: ReportRow[]; counts: Record<string, Record<string, number>> };
}
const stateOf = async (locale: string) => (await report(`?locale=${locale}`)).data.find((row) => row.documentId === compensation)?.state;

/** Saves a draft change to one locale of the compensation article and publishes it, as an editor does. */
async function publish(locale: string, data: Record<string, unknown>): Promise<void> {
  const articles = cms.strapi.documents(uid);
  await articles.update({ documentId: compensation, locale, data } as never);
  await articles.publish({ documentId: compensation, locale } as never);
}

beforeAll(async () => {
  cms = await startCms();
  editorToken = await signInNewAdmin(cms, 'strapi-editor', 'Editor');
  intakeToken = await signInNewAdmin(cms, 'haven-intake', 'Intake');
  const [english] = await cms.strapi
    .documents(uid)
    .findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  compensation = english!.documentId;
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

it('starts with the translations of the seed’s changed original outdated, and every other one up to date', async () => {
  const sample = seedContent.editorialSamples.changedOriginal;
  const [changed] = await cms.strapi.documents(uid).findMany({ locale: 'en', status: 'published', filters: { summary: sample.summary } });
  const translated = Object.keys(seedContent.articles.find((article) => article.key === sample.article)!.translations);
  const outdated = (await report('?state=outdated')).data;
  expect(outdated.map((row) => row.documentId)).toEqual(outdated.map(() => changed!.documentId));
  expect(outdated.map((row) => row.locale).sort()).toEqual(translated.filter((locale) => locale !== 'en').sort());
  expect(await stateOf('en')).toBe('original');
  expect(await stateOf('es')).toMatch(/translation$/);
});

it('outdates the translations when the original’s summary changes, until each is published again', async () => {
  const [english] = await cms.strapi.documents(uid).findMany({ locale: 'en', status: 'published', filters: { documentId: compensation } });
  await publish('en', { summary: `${english!.summary!} Updated ${Date.now()}.` });
  expect(await stateOf('es')).toBe('outdated');
  expect(await stateOf('fa')).toBe('outdated');
  const outdated = (await report('?state=outdated&locale=fa')).data.find((row) => row.documentId === compensation)!;
  expect(new Date(outdated.outdatedSince!).getTime()).toBeGreaterThan(Date.now() - 60_000);
  expect(outdated.editUrl).toBe(`/admin/content-manager/collection-types/${uid}/${compensation}?plugins[i18n][locale]=fa`);

  await publish('es', {});
  expect(await stateOf('es')).toMatch(/translation$/);
  expect(await stateOf('fa')).toBe('outdated');
});

it('outdates nothing for a change marked minor, and clears the mark after publishing', async () => {
  const [english] = await cms.strapi.documents(uid).findMany({ locale: 'en', status: 'published', filters: { documentId: compensation } });
  await publish('en', { summary: `${english!.summary!}`.replace(/\.$/, '!'), minorChange: true });
  expect(await stateOf('es')).toMatch(/translation$/);
  const rows = (await cms.strapi.db.query(uid).findMany({ where: { documentId: compensation, locale: 'en' } })) as {
    minorChange: boolean;
  }[];
  expect(rows.map((row) => row.minorChange)).toEqual([false, false]);
});

it('does not leave a published original looking modified in the Content Manager', async () => {
  const rows = (await cms.strapi.db.query(uid).findMany({ where: { documentId: compensation, locale: 'en' } })) as {
    publishedAt: string | null;
    updatedAt: string;
  }[];
  const draft = rows.find((row) => row.publishedAt === null)!;
  const published = rows.find((row) => row.publishedAt !== null)!;
  expect(new Date(draft.updatedAt).getTime()).toBeLessThanOrEqual(new Date(published.updatedAt).getTime());
});

it('counts states per locale, downloads as CSV, and is for signed-in admins only', async () => {
  const { counts } = await report();
  expect(counts.fa?.outdated).toBeGreaterThanOrEqual(1);
  const csv = await fetch(`${cms.url}/haven-reports/translations?format=csv&state=outdated`, {
    headers: { authorization: `Bearer ${editorToken}` },
  });
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('"type","documentId","title","locale","state","outdatedSince","editUrl"');
  expect(lines.some((line) => line.includes(`"${compensation}"`) && line.includes('"fa","outdated"'))).toBe(true);
  expect((await fetch(`${cms.url}/haven-reports/translations`)).status).toBe(401);
  expect((await fetch(`${cms.url}/haven-reports/translations`, { headers: { authorization: `Bearer ${cms.staffToken}` } })).status).toBe(
    401,
  );
});

interface ReviewRow {
  type: string;
  documentId: string;
  title: string;
  state: string;
  lastReviewedOn: string | null;
  reviewedBy: string | null;
  dueOn: string | null;
  sample: boolean;
  editUrl: string;
}

async function reviews(token = editorToken): Promise<ReviewRow[]> {
  const response = await fetch(`${cms.url}/haven-reports/reviews`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: ReviewRow[] }).data;
}

/** An article as the site reads it: the site's own trusted query, as an anonymous visitor. */
async function publicArticle(documentId: string, locale = 'en'): Promise<Record<string, unknown>> {
  const { status, body } = await trustedQuery(cms, 'ArticleById', { locale, documentId });
  expect([status, body.errors]).toEqual([200, undefined]);
  return body.data.article as Record<string, unknown>;
}

/** A public REST list, which must answer (200) for its body to prove anything. */
async function publicList(pathname: string): Promise<string> {
  const response = await fetch(`${cms.url}${pathname}`);
  expect([pathname, response.status]).toEqual([pathname, 200]);
  return response.text();
}

/** What the seed says should be due today: reviews older than 12 months or missing, checks older than 6 months. */
function seededDue(): Set<string> {
  const { articleReviews, resourceChecks } = seedContent.editorialSamples;
  const olderThan = (date: string, months: number) => {
    const due = new Date(`${date}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + months);
    return due.getTime() <= Date.now();
  };
  const due = new Set<string>();
  for (const article of seedContent.articles) {
    const sample = articleReviews.find((review) => review.article === article.key);
    if (!sample) due.add(`article ${article.translations.en.title} missing`);
    else if (sample.monthsAgo >= 12) due.add(`article ${article.translations.en.title} overdue`);
  }
  for (const resource of seedContent.resources) {
    const sample = resourceChecks.find((check) => check.resource === resource.key);
    if (sample ? sample.monthsAgo >= 6 : olderThan(resource.lastVerifiedOn, 6))
      due.add(`resource ${resource.translations.en.name} overdue`);
  }
  return due;
}

it('lets an editor open every locale of a document in the Content Manager, as the report links do', async () => {
  for (const locale of ['en', 'es', 'fa', 'zh-Hant']) {
    const response = await fetch(`${cms.url}/content-manager/collection-types/${uid}/${compensation}?locale=${locale}`, {
      headers: { authorization: `Bearer ${editorToken}` },
    });
    expect([locale, response.status]).toEqual([locale, 200]);
  }
});

describe('the review list', () => {
  it('lists exactly the seeded articles and resources that are due, sample reviews marked as such', async () => {
    const rows = await reviews();
    expect(new Set(rows.map((row) => `${row.type} ${row.title} ${row.state}`))).toEqual(seededDue());
    expect(rows.length).toBe(seededDue().size);
    const vacatur = rows.find((row) => row.type === 'article' && row.state === 'overdue')!;
    expect(vacatur).toMatchObject({ sample: true, reviewedBy: 'Sample reviewer' });
    expect(vacatur.dueOn! <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(rows.filter((row) => row.state === 'missing').every((row) => !row.sample && row.lastReviewedOn === null)).toBe(true);
    expect(vacatur.editUrl).toBe(`/admin/content-manager/collection-types/${uid}/${vacatur.documentId}?plugins[i18n][locale]=en`);
  });

  it('filters by type and downloads as CSV', async () => {
    const response = await fetch(`${cms.url}/haven-reports/reviews?type=resource&format=csv`, {
      headers: { authorization: `Bearer ${editorToken}` },
    });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="haven-reviews.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('"type","documentId","title","state","lastReviewedOn","reviewedBy","dueOn","sample","editUrl"');
    expect(lines.length - 1).toBe([...seededDue()].filter((item) => item.startsWith('resource ')).length);
    expect(lines.slice(1).every((line) => line.startsWith('"resource",'))).toBe(true);
  });

  it('is for signed-in admins who may read content: 401 signed out or with an API token, 403 for intake staff', async () => {
    for (const path of ['/haven-reports/reviews', '/haven-reports/translations']) {
      expect([path, (await fetch(`${cms.url}${path}`)).status]).toEqual([path, 401]);
      const withToken = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${cms.staffToken}` } });
      expect([path, withToken.status]).toEqual([path, 401]);
      const intake = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${intakeToken}` } });
      expect([path, intake.status]).toEqual([path, 403]);
    }
  });

  it('never shows readers a sample review, and takes a changed review as a real one', async () => {
    const vacatur = (await reviews()).find((row) => row.type === 'article' && row.state === 'overdue')!;
    for (const locale of ['en', 'es']) {
      expect((await publicArticle(vacatur.documentId, locale)).legallyReviewedOn).toBeNull();
      expect((await publicArticle(vacatur.documentId, locale)).reviewedBy).toBeNull();
    }
    const today = new Date().toISOString().slice(0, 10);
    const articles = cms.strapi.documents(uid);
    // As the Content Manager saves: the unchanged sample mark comes along with the new review.
    await articles.update({
      documentId: vacatur.documentId,
      locale: 'en',
      data: { legallyReviewedOn: today, reviewedBy: 'Rosa Reviewer', reviewIsSample: true },
    } as never);
    await articles.publish({ documentId: vacatur.documentId, locale: 'en' } as never);
    expect((await reviews()).some((row) => row.documentId === vacatur.documentId)).toBe(false);
    for (const locale of ['en', 'es']) {
      expect(await publicArticle(vacatur.documentId, locale)).toMatchObject({ legallyReviewedOn: today, reviewedBy: 'Rosa Reviewer' });
    }
  });
});

it('keeps bookkeeping out of the public API and tells readers when a translation is outdated', async () => {
  expect(await publicArticle(compensation, 'fa')).toHaveProperty('outdatedSince');
  const articles = await publicList('/api/articles?locale=fa&pagination[pageSize]=100');
  expect(articles).toContain(compensation);
  const resources = await publicList('/api/resources?locale=en&pagination[pageSize]=100');
  const settings = await publicList('/api/site-setting?locale=en');
  for (const field of ['sourceVersion', 'minorChange', 'originalChangedAt', 'reviewIsSample', 'checkIsSample', 'requestTextsAreSample'])
    expect([field, `${articles}${resources}${settings}`.includes(field)]).toEqual([field, false]);
  // Not in the GraphQL schema at all: even staff's full-access token cannot ask for them.
  const asked = await graphql(cms, '{ articles { reviewIsSample sourceVersion } }', {}, cms.staffToken);
  expect(asked.body.errors?.map((error) => error.message)).toEqual([
    'Cannot query field "reviewIsSample" on type "Article".',
    'Cannot query field "sourceVersion" on type "Article". Did you mean "sources"?',
  ]);
});
