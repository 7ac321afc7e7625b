import { restQueryProblem } from './public-rest-query';

const kinds = { scalars: new Set(['title', 'slug', 'publishedAt', 'locale']), populatable: new Set(['topics', 'sources']) };
const problem = (query: Record<string, unknown>) => restQueryProblem(query, kinds);

describe('restQueryProblem', () => {
  it('allows plain reads: locale, own-field filters, sort, fields, pagination and one-level populate', () => {
    expect(problem({})).toBeNull();
    expect(
      problem({
        locale: 'es',
        filters: { slug: { $eq: 'x' }, $or: [{ title: { $containsi: 'y' } }, { publishedAt: { $notNull: 'true' } }] },
        sort: 'title:asc,slug',
        fields: ['title', 'slug'],
        pagination: { page: '1', pageSize: '10' },
        populate: ['topics'],
      }),
    ).toBeNull();
    expect(problem({ populate: { topics: 'true', sources: true } })).toBeNull();
  });

  it('refuses filters that go through localizations or any relation, naming the parameter', () => {
    expect(problem({ filters: { localizations: { publishedAt: { $null: 'true' } } } })).toMatch(/^filters\[localizations\]/);
    expect(problem({ filters: { topics: { slug: { $eq: 'x' } } } })).toMatch(/^filters\[topics\]/);
    expect(problem({ filters: { $or: [{ slug: { $eq: 'a' } }, { localizations: { title: { $contains: 'x' } } }] } })).toMatch(
      /localizations/,
    );
    expect(problem({ filters: { $not: { localizations: { slug: 'x' } } } })).toMatch(/localizations/);
    expect(problem({ filters: { slug: { $eq: { $ne: 'x' } } } })).toMatch(/operands/);
    expect(problem({ filters: { slug: { $unknown: 'x' } } })).toMatch(/\$unknown/);
  });

  it('refuses publication parameters and unknown ones', () => {
    for (const key of ['status', 'publicationFilter', 'hasPublishedVersion', 'publicationState', 'whatever']) {
      expect(problem({ [key]: 'x' })).toBe(`${key} is not a parameter visitors may use`);
    }
  });

  it('refuses populate=*, nested populate and populating localizations', () => {
    expect(problem({ populate: '*' })).toMatch(/populate: \*/);
    expect(problem({ populate: { topics: { populate: '*' } } })).toMatch(/nested populate/);
    expect(problem({ populate: ['localizations'] })).toMatch(/localizations/);
  });

  it('refuses sort and fields on other fields', () => {
    expect(problem({ sort: 'localizations.title' })).toMatch(/^sort/);
    expect(problem({ fields: ['createdBy'] })).toMatch(/^fields/);
    expect(problem({ pagination: { depth: '3' } })).toMatch(/pagination\[depth\]/);
    expect(problem({ pagination: { limit: '-1' } })).toMatch(/pagination\[limit\] must be a whole number/);
    expect(problem({ pagination: { pageSize: '1e9' } })).toMatch(/pagination\[pageSize\]/);
    expect(problem({ pagination: { page: '2', pageSize: '10', withCount: 'true' } })).toBeNull();
  });
});
