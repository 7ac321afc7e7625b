import { randomBytes } from 'node:crypto';
import { startCms, type RunningCms } from './testing';

/**
 * Translation freshness on the seeded CMS (SQLite, or PostgreSQL with DATABASE_CLIENT=postgres):
 * publishing a change to an original outdates its translations, publishing a translation brings
 * it up to date, a minor change outdates nothing; the report shows it to signed-in admins only.
 */
let cms: RunningCms;
let editorToken = '';
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
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number };
  const email = `editor-${randomBytes(3).toString('hex')}@haven.test`;
  const password = `Pw-${randomBytes(12).toString('hex')}A1`;
  await cms.strapi
    .service('admin::user')
    .create({ email, firstname: 'Eda', lastname: 'Editor', password, isActive: true, roles: [role.id] });
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  editorToken = ((await login.json()) as { data: { token: string } }).data.token;
  const [english] = await cms.strapi
    .documents(uid)
    .findMany({ locale: 'en', status: 'published', filters: { slug: 'getting-compensation' } });
  compensation = english!.documentId;
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

it('starts with every seeded translation up to date', async () => {
  const { data } = await report();
  expect(data.filter((row) => row.state === 'outdated')).toEqual([]);
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

it('keeps the freshness fields out of the public API', async () => {
  const response = await fetch(`${cms.url}/api/articles?locale=fa&filters[documentId][$eq]=${compensation}`);
  const body = JSON.stringify(await response.json());
  for (const field of ['sourceVersion', 'outdatedSince', 'minorChange', 'originalChangedAt'])
    expect([field, body.includes(field)]).toEqual([field, false]);
});
