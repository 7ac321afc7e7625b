import type { Resource } from '@haven/content';
import { hasFilters, parseResourceFilters, resourceFilterOptions } from '@/lib/resources/directory-filters';

function resource(overrides: Partial<Resource>): Resource {
  return {
    documentId: 'r1',
    locale: 'en',
    name: 'Hotline',
    slug: 'hotline',
    description: '',
    kind: 'hotline',
    phone: null,
    sms: null,
    tty: null,
    email: null,
    website: null,
    hoursText: null,
    open24x7: false,
    free: true,
    confidential: true,
    counties: [],
    languagesSpoken: [],
    lastVerifiedOn: null,
    translationStatus: 'original',
    localizations: [],
    ...overrides,
  };
}

const options = { counties: ['Los Angeles', 'Orange'], languages: ['en', 'es', 'vi'] };

describe('resourceFilterOptions', () => {
  it('offers every California county once, sorted, and each language the resources speak', () => {
    const options = resourceFilterOptions(
      [
        resource({ counties: ['Orange', 'Los Angeles'], languagesSpoken: ['en', 'es'] }),
        resource({ counties: ['Statewide', 'Orange', ' ', 'Tijuana region'], languagesSpoken: ['es', 'vi'] }),
      ],
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
