import type { Resource } from './domain';
import { matchesFilters } from './resource-filters';

const resource = (overrides: Partial<Resource>): Resource => ({
  documentId: 'r',
  locale: 'en',
  name: 'R',
  slug: 'r',
  description: '',
  kind: 'legal_aid',
  phone: null,
  sms: null,
  tty: null,
  email: null,
  website: null,
  hoursText: null,
  open24x7: false,
  free: false,
  confidential: false,
  counties: [],
  languagesSpoken: ['en'],
  lastVerifiedOn: null,
  translationStatus: 'original',
  localizations: [],
  ...overrides,
});

describe('matchesFilters', () => {
  it('matches a county case-insensitively, and statewide resources match every county', () => {
    expect(matchesFilters(resource({ counties: ['Los Angeles'] }), { county: 'los angeles' })).toBe(true);
    expect(matchesFilters(resource({ counties: ['Los Angeles'] }), { county: 'Fresno' })).toBe(false);
    expect(matchesFilters(resource({ counties: ['Statewide'] }), { county: 'Fresno' })).toBe(true);
  });

  it('matches a language and its regional variants', () => {
    expect(matchesFilters(resource({ languagesSpoken: ['zh-Hant'] }), { language: 'zh' })).toBe(true);
    expect(matchesFilters(resource({ languagesSpoken: ['en'] }), { language: 'es' })).toBe(false);
  });

  it('applies kind and 24/7 together with the others', () => {
    const hotline = resource({ kind: 'hotline', open24x7: true, counties: ['Nationwide'] });
    expect(matchesFilters(hotline, { kind: 'hotline', open24x7: true, county: 'Kern' })).toBe(true);
    expect(matchesFilters(hotline, { kind: 'shelter' })).toBe(false);
    expect(matchesFilters(resource({}), { open24x7: true })).toBe(false);
  });
});
