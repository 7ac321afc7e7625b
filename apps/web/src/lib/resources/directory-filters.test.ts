import {
  directoryQuery,
  hasFilters,
  parseDirectoryPage,
  parseResourceFilters,
  resourceFilterOptions,
} from '@/lib/resources/directory-filters';

const options = { counties: ['Los Angeles', 'Orange'], languages: ['en', 'es', 'vi'] };

describe('resourceFilterOptions', () => {
  it('offers every California county once, sorted, and each language the resources speak', () => {
    const options = resourceFilterOptions(
      { counties: ['Orange', 'Los Angeles', 'Statewide', ' ', 'Tijuana region'], languages: ['en', 'es', ' ', 'vi'] },
      'en',
    );
    expect(options.counties).toHaveLength(59);
    expect(options.counties.slice(0, 3)).toEqual(['Alameda', 'Alpine', 'Amador']);
    expect(options.counties).toContain('Fresno');
    expect(options.counties).toContain('Tijuana region');
    expect(options.counties).not.toContain('Statewide');
    expect(options.languages).toEqual(['en', 'es', 'vi']);
  });
});

describe('parseResourceFilters', () => {
  it('reads every filter the form offers', () => {
    expect(parseResourceFilters({ kind: 'legal_aid', county: 'Orange', language: 'vi', open24x7: '1' }, options)).toEqual({
      kind: 'legal_aid',
      county: 'Orange',
      language: 'vi',
      open24x7: true,
    });
  });

  it('ignores values the form does not offer', () => {
    expect(parseResourceFilters({ kind: 'casino', county: 'Atlantis', language: '<script>', open24x7: 'maybe' }, options)).toEqual({});
  });

  it('treats empty values ("any") as no filter', () => {
    expect(parseResourceFilters({ kind: '', county: '', language: '' }, options)).toEqual({});
  });

  it('uses the first of repeated parameters', () => {
    expect(parseResourceFilters({ kind: ['shelter', 'medical'] }, options)).toEqual({ kind: 'shelter' });
  });

  it('accepts the checkbox’s default value "on"', () => {
    expect(parseResourceFilters({ open24x7: 'on' }, options)).toEqual({ open24x7: true });
  });
});

describe('hasFilters', () => {
  it('tells a filtered directory from the whole one', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ county: 'Orange' })).toBe(true);
  });
});

describe('parseDirectoryPage', () => {
  it('reads a whole page number and falls back to the first page for anything else', () => {
    expect(parseDirectoryPage({ page: '3' })).toBe(3);
    expect(parseDirectoryPage({ page: '50' })).toBe(50);
    for (const page of [undefined, '', '0', '-1', '1.5', '2e3', ' 2', '51', '9999999', 'two']) expect(parseDirectoryPage({ page })).toBe(1);
    expect(parseDirectoryPage({ page: ['2', '5'] })).toBe(2);
  });
});

describe('directoryQuery', () => {
  it('keeps every filter and names the page only past the first', () => {
    expect(directoryQuery({}, 1)).toStrictEqual({});
    expect(directoryQuery({ county: 'Los Angeles', open24x7: true }, 2)).toStrictEqual({ county: 'Los Angeles', open24x7: '1', page: '2' });
    expect(directoryQuery({ kind: 'hotline', language: 'zh-Hant' }, 1)).toStrictEqual({ kind: 'hotline', language: 'zh-Hant' });
  });
});
