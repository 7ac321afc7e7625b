import { captureLogs, startCms, trustedQuery, type RunningCms } from './testing';

/**
 * Search over the seeded content, through the public GraphQL API as the site calls it (the trusted
 * `Search` operation), on the suite's database (SQLite, or PostgreSQL with DATABASE_CLIENT=postgres).
 */
let cms: RunningCms;

interface Hit {
  type: string;
  documentId: string;
  slug: string;
  locale: string;
  title: { text: string; mark: boolean }[];
  snippet: { text: string; mark: boolean }[];
}
const titleOf = (hit: Hit) => hit.title.map((segment) => segment.text).join('');

async function search(locale: string, query: string): Promise<{ hits: Hit[]; partial: boolean }> {
  const { status, body } = await trustedQuery(cms, 'Search', { locale, query });
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data.search as { hits: Hit[]; partial: boolean };
}

beforeAll(async () => {
  cms = await startCms();
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

// Each row: a query as people type it, and a title the results must include.
const table: [locale: string, query: string, expectedTitle: string, behaviour: string][] = [
  ['en', 'compensation', 'Getting compensation as a survivor in California', 'exact word'],
  ['en', 'Compensation Trafficking', 'Getting compensation as a survivor in California', 'every word, any order, any case'],
  ['en', 'victims', 'California Victim Compensation Board (CalVCB)', 'plural'],
  ['en', 'compensaton', 'Getting compensation as a survivor in California', 'one typo'],
  ['en', 'survivor compen', 'Getting compensation as a survivor in California', 'prefix on the last word'],
  ['es', 'compensacion', 'Cómo obtener compensación como sobreviviente en California', 'no accent'],
  ['es', 'COMPENSACIÓN', 'Cómo obtener compensación como sobreviviente en California', 'upper case'],
  ['es', 'compensacio\u0301n', 'Cómo obtener compensación como sobreviviente en California', 'NFD input'],
  ['vi', 'boi thuong', 'Nhận bồi thường khi là người sống sót ở California', 'no tone marks'],
  ['vi', 'bồi thường', 'Nhận bồi thường khi là người sống sót ở California', 'tone marks'],
  ['vi', 'thuong boi', 'Nhận bồi thường khi là người sống sót ở California', 'any order'],
  ['zh-Hans', '赔偿', '加州幸存者如何获得赔偿', 'Simplified'],
  ['zh-Hans', '賠償', '加州幸存者如何获得赔偿', 'Traditional query, Simplified site'],
  ['zh-Hans', '补偿', '加州受害者补偿委员会（CalVCB）', 'without spaces'],
  ['zh-Hant', '賠償', '加州倖存者如何獲得賠償', 'Traditional'],
  ['zh-Hant', '获得赔偿', '加州倖存者如何獲得賠償', 'Simplified query, Traditional site'],
  ['zh-Hant', '补偿', '加州被害人補償委員會（CalVCB）', 'Simplified query, Traditional site'],
  ['ko', '보상', '캘리포니아에서 생존자로서 보상 받기', 'noun'],
  ['ko', '보상을', '캘리포니아에서 생존자로서 보상 받기', 'noun with a particle'],
  ['ko', '보상은', '보상을 신청하려면 경찰 신고서가 꼭 있어야 하나요?', 'another particle'],
  ['fil', 'kabayaran', 'Pagkuha ng kabayaran bilang survivor sa California', 'exact word'],
  ['fil', 'KABAYARAN pagkuha', 'Pagkuha ng kabayaran bilang survivor sa California', 'any order, any case'],
  ['fil', 'kabayara', 'Pagkuha ng kabayaran bilang survivor sa California', 'prefix'],
  ['fa', 'قربانيان', 'هیئت جبران خسارت قربانیان کالیفرنیا (CalVCB)', 'Arabic yeh'],
  ['fa', 'قربانیان', 'هیئت جبران خسارت قربانیان کالیفرنیا (CalVCB)', 'Persian yeh'],
  ['fa', 'درخواستها', 'دریافت غرامت برای بازماندگان در کالیفرنیا', 'without the zero-width non-joiner'],
  ['fa', 'درخواست‌ها', 'دریافت غرامت برای بازماندگان در کالیفرنیا', 'with the zero-width non-joiner'],
];

describe.each([...new Set(table.map(([locale]) => locale))])('search in %s', (locale) => {
  it.each(table.filter((row) => row[0] === locale).map(([, query, title, behaviour]) => [behaviour, query, title]))(
    '%s: %s finds “%s”',
    async (_behaviour, query, title) => {
      const { hits, partial } = await search(locale, query);
      expect(partial).toBe(false);
      expect(hits.map(titleOf)).toContain(title);
    },
  );
});

it('matches Persian, Arabic-Indic and ASCII digits alike', async () => {
  const ascii = (await search('fa', '7888')).hits.map((hit) => hit.documentId);
  expect(ascii.length).toBeGreaterThan(0);
  for (const digits of ['۷۸۸۸', '٧٨٨٨']) expect((await search('fa', digits)).hits.map((hit) => hit.documentId)).toEqual(ascii);
});

it('ranks a name match above body-only matches and marks the matched words', async () => {
  const { hits } = await search('en', 'victims');
  expect(titleOf(hits[0]!)).toBe('California Victim Compensation Board (CalVCB)');
  expect(hits[0]!.title.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['Victim']);
  const bodyOnly = hits.slice(1).find((hit) => !hit.title.some((segment) => segment.mark));
  expect(bodyOnly?.snippet.some((segment) => segment.mark && /^victims?$/i.test(segment.text))).toBe(true);
});

it('says so when no document has every word, and shows those with the most', async () => {
  const { hits, partial } = await search('en', 'compensation xylophone');
  expect(partial).toBe(true);
  expect(hits.map(titleOf)).toContain('Getting compensation as a survivor in California');
});

it('finds an English document on the Vietnamese site when it has no Vietnamese version, marked by its locale', async () => {
  const { hits } = await search('vi', 'clearing record');
  expect(hits.map((hit) => [titleOf(hit), hit.locale])).toEqual([['Clearing your record after trafficking', 'en']]);
});

it('never finds a draft; finds it once published, under its new slug after a rename, and not after unpublishing', async () => {
  const word = 'quetzalcoatlus';
  const articles = cms.strapi.documents('api::article.article');
  const draft = await articles.create({
    locale: 'en',
    data: { title: `Searchable ${word}`, slug: 'searchable-draft', summary: `About ${word}.`, translationStatus: 'original' },
  });
  expect((await search('en', word)).hits).toEqual([]);

  await articles.publish({ documentId: draft.documentId, locale: 'en' });
  const published = performance.now();
  expect((await search('en', word)).hits.map((hit) => hit.slug)).toEqual(['searchable-draft']);
  expect(performance.now() - published).toBeLessThan(2000);

  await articles.update({ documentId: draft.documentId, locale: 'en', data: { slug: 'searchable-renamed' } });
  await articles.publish({ documentId: draft.documentId, locale: 'en' });
  expect((await search('en', word)).hits.map((hit) => hit.slug)).toEqual(['searchable-renamed']);

  await articles.unpublish({ documentId: draft.documentId, locale: 'en' });
  expect((await search('en', word)).hits).toEqual([]);
  await articles.delete({ documentId: draft.documentId, locale: 'en' });
});

it('applies the synonyms editors keep in the CMS, and a change to them at once', async () => {
  const lawyerHits = (await search('en', 'lawyer')).hits.map((hit) => hit.documentId);
  expect(lawyerHits.length).toBeGreaterThan(0);
  // Seeded: "lawyer, attorney" (both ways) and "restitution => compensation" (one way).
  expect((await search('en', 'attorney')).hits.map((hit) => hit.documentId)).toEqual(expect.arrayContaining(lawyerHits));
  expect((await search('en', 'restitution')).hits.map(titleOf)).toContain('Getting compensation as a survivor in California');

  const synonyms = cms.strapi.documents('api::search-synonym.search-synonym');
  const [english] = await synonyms.findMany({ locale: 'en' });
  expect((await search('en', 'recompense')).hits).toEqual([]);
  await synonyms.update({
    documentId: english!.documentId,
    locale: 'en',
    data: { groups: `${english!.groups}\nrecompense => compensation` },
  });
  expect((await search('en', 'recompense')).hits.map(titleOf)).toContain('Getting compensation as a survivor in California');
  await synonyms.update({ documentId: english!.documentId, locale: 'en', data: { groups: english!.groups ?? undefined } });
  expect((await search('en', 'recompense')).hits).toEqual([]);
});

it('keeps the synonym list out of the public API', async () => {
  expect((await fetch(`${cms.url}/api/search-synonym?locale=en`)).status).toBeGreaterThanOrEqual(400);
});

it('writes none of the searched words to the CMS log, at any level', async () => {
  const logs = captureLogs(cms);
  const terms = ['pterodactylsearch', 'zanzibarsecret', 'مخفیانه'];
  try {
    for (const term of terms) await search('en', term);
  } finally {
    logs.stop();
  }
  const written = logs.lines().join('\n');
  for (const term of terms) expect(written).not.toContain(term);
});

it('refuses an asked-for draft or an untrusted search shape like every other public query', async () => {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ search(locale: "en", query: "a") { partial } }' }),
  });
  expect(response.status).toBe(400);
});
