import { startCms, trustedQuery, type RunningCms } from './testing/cms-harness';

/**
 * The directory's trusted document on a real CMS, on SQLite and (DATABASE_CLIENT=postgres) PostgreSQL:
 * the CMS filters, counts and pages, with variables as the site sends them (resource-directory.ts).
 */
let cms: RunningCms;

beforeAll(async () => {
  cms = await startCms();
  const resources = cms.strapi.documents('api::resource.resource');
  const base = { kind: 'legal_aid', translationStatus: 'original', confidential: true, free: true, open24x7: false } as const;
  await resources.create({
    locale: 'en',
    status: 'published',
    data: { ...base, name: 'Westside clinic', slug: 'westside-clinic', counties: ['West Fresno'], languagesSpoken: ['zh-Hant'] },
  });
  await resources.create({
    locale: 'en',
    data: { ...base, name: 'Unpublished clinic', slug: 'unpublished-clinic', counties: ['Fresno'], languagesSpoken: ['zh'] },
  });
});
afterAll(async () => {
  await cms?.stop();
});

interface DirectoryPage {
  names: string[];
  pageInfo: { total: number; page: number; pageSize: number; pageCount: number };
}

async function directory(variables: Record<string, unknown>): Promise<DirectoryPage> {
  const { status, body } = await trustedQuery(cms, 'ResourceDirectory', { locale: 'en', page: 1, pageSize: 100, ...variables });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const connection = body.data.resources_connection as { nodes: { name: string }[]; pageInfo: DirectoryPage['pageInfo'] };
  return { names: connection.nodes.map((node) => node.name), pageInfo: connection.pageInfo };
}

const everywhere = { statewide: '"statewide"', nationwide: '"nationwide"' };

describe('the resource directory query', () => {
  it('with no filter lists every published resource, counted', async () => {
    const all = await directory({});
    expect(all.pageInfo.total).toBe(11);
    expect(all.names).toContain('Westside clinic');
    expect(all.names).not.toContain('Unpublished clinic');
  });

  it('matches a whole county, with every statewide and nationwide service', async () => {
    const fresno = await directory({ county: '"Fresno"', ...everywhere });
    expect(fresno.names).not.toContain('Westside clinic');
    expect(fresno.names).not.toContain('Coalition to Abolish Slavery and Trafficking (CAST)');
    expect(fresno.names).toContain('California Victim Compensation Board (CalVCB)');
    expect(fresno.names).toContain('988 Suicide and Crisis Lifeline');
    const losAngeles = await directory({ county: '"los angeles"', ...everywhere });
    expect(losAngeles.names).toContain('Coalition to Abolish Slavery and Trafficking (CAST)');
    expect(losAngeles.pageInfo.total).toBe(10);
  });

  it('matches a language and its regional variants, and no other', async () => {
    expect((await directory({ language: '"zh"', languageVariant: '"zh-' })).names).toEqual(['Westside clinic']);
    expect((await directory({ language: '"zh-hant"', languageVariant: '"zh-hant-' })).names).toEqual(['Westside clinic']);
    expect((await directory({ language: '"z"', languageVariant: '"z-' })).names).toEqual([]);
    const spanish = await directory({ language: '"es"', languageVariant: '"es-' });
    expect(spanish.names).toContain('National Human Trafficking Hotline');
    expect(spanish.names).not.toContain('California Victim Compensation Board (CalVCB)');
  });

  it('applies kind and 24/7 together with the others', async () => {
    const hotlines = await directory({ kind: 'hotline', open24x7: true, county: '"Kern"', ...everywhere });
    expect(hotlines.names.length).toBeGreaterThan(0);
    expect(hotlines.names).not.toContain('California Victim Compensation Board (CalVCB)');
    const legalAid = await directory({ kind: 'legal_aid' });
    expect(legalAid.names).toContain('Westside clinic');
    expect(legalAid.names).not.toContain('National Domestic Violence Hotline');
  });

  it('pages in a stable order', async () => {
    const all = await directory({});
    const pages = await Promise.all([1, 2, 3, 4].map((page) => directory({ page, pageSize: 3 })));
    expect(pages[0]?.pageInfo).toEqual({ total: 11, page: 1, pageSize: 3, pageCount: 4 });
    expect(pages.flatMap((page) => page.names)).toEqual(all.names);
    expect((await directory({ page: 9, pageSize: 3 })).names).toEqual([]);
  });

  it('treats a hostile filter value as text to match, never as a query', async () => {
    for (const county of ['%', '_', '"%"', { $ne: 'x' }, { $notNull: true }, ['x'], 5]) {
      const result = await directory({ county, ...everywhere });
      expect(result.names).not.toContain('Westside clinic');
      expect(result.names).not.toContain('Coalition to Abolish Slavery and Trafficking (CAST)');
    }
  });
});
