import { getPathname } from './navigation';

describe('getPathname', () => {
  it('prefixes every path with the locale, the home page included', () => {
    expect(getPathname({ locale: 'en', href: '/' })).toBe('/en');
    expect(getPathname({ locale: 'fa', href: '/' })).toBe('/fa');
    expect(getPathname({ locale: 'en', href: '/articles' })).toBe('/en/articles');
  });

  it('uses the localized path segments and fills in the slug', () => {
    expect(getPathname({ locale: 'es', href: '/articles' })).toBe('/es/articulos');
    expect(getPathname({ locale: 'fa', href: { pathname: '/articles/[slug]', params: { slug: 'daryaft-gheramat' } } })).toBe(
      '/fa/maghaleh/daryaft-gheramat',
    );
    expect(getPathname({ locale: 'es', href: { pathname: '/resources/[slug]', params: { slug: 'a b' } } })).toBe('/es/recursos/a%20b');
  });

  it('appends the query, repeating a key for each value of a list', () => {
    expect(getPathname({ locale: 'en', href: { pathname: '/articles', query: { topic: 'getting-compensation' } } })).toBe(
      '/en/articles?topic=getting-compensation',
    );
    expect(getPathname({ locale: 'en', href: { pathname: '/resources', query: { county: ['Alameda', 'Los Angeles'] } } })).toBe(
      '/en/resources?county=Alameda&county=Los+Angeles',
    );
    expect(getPathname({ locale: 'en', href: { pathname: '/search', query: {} } })).toBe('/en/search');
  });
});
