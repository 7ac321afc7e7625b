import { embedAddress, embedAddressOf, embedPagePath, filterFromSegment } from './embed-paths';

const at = (address: string) => embedPagePath(new URL(address, 'http://haven.test'));

describe('embedPagePath', () => {
  it('puts the language in the path', () => {
    expect(at('/embed/hotlines?lang=fa')).toBe('/embed/fa/hotlines');
    expect(at('/embed/hotlines?lang=zh-Hant&utm_source=partner')).toBe('/embed/zh-Hant/hotlines');
  });

  it('answers in the default locale for a missing or unknown lang', () => {
    expect(at('/embed/hotlines')).toBe('/embed/en/hotlines');
    expect(at('/embed/hotlines?lang=xx')).toBe('/embed/en/hotlines');
  });

  it('puts the county and kind in the path, "all" for those left out', () => {
    expect(at('/embed/resources?lang=es&county=Los%20Angeles&kind=legal_aid')).toBe('/embed/es/resources/Los%20Angeles/legal_aid');
    expect(at('/embed/resources?lang=vi&kind=shelter')).toBe('/embed/vi/resources/all/shelter');
    expect(at('/embed/resources?county=&kind=')).toBe('/embed/en/resources/all/all');
  });

  it('is null for any other address', () => {
    expect(at('/embed/articles?lang=es')).toBeNull();
    expect(at('/embed/es/hotlines')).toBeNull();
    expect(at('/en/embed/hotlines')).toBeNull();
  });
});

describe('embedAddress', () => {
  it('is the address partners copy, which leads back to the same page', () => {
    const address = embedAddress('resources', 'ko', { county: 'San Diego', kind: 'legal_aid' });
    expect(address).toBe('/embed/resources?lang=ko&county=San+Diego&kind=legal_aid');
    expect(at(address)).toBe('/embed/ko/resources/San%20Diego/legal_aid');
    expect(embedAddress('hotlines', 'fil')).toBe('/embed/hotlines?lang=fil');
  });
});

describe('filterFromSegment', () => {
  it('reads a path segment back, "all" meaning no filter', () => {
    expect(filterFromSegment('Los%20Angeles')).toBe('Los Angeles');
    expect(filterFromSegment('all')).toBeUndefined();
  });
});

describe('embedAddressOf', () => {
  it('names an embed page by the address partners use, so the front cache can refresh it', () => {
    expect(embedAddressOf('/embed/fa/hotlines')).toBe('/embed/hotlines?lang=fa');
    expect(embedAddressOf('/embed/es/resources/Los%20Angeles/legal_aid')).toBe(
      '/embed/resources?lang=es&county=Los+Angeles&kind=legal_aid',
    );
    expect(embedAddressOf('/embed/en/resources/all/all')).toBe('/embed/resources?lang=en');
  });

  it('is undefined for any other path', () => {
    expect(embedAddressOf('/es/articulos/x')).toBeUndefined();
    expect(embedAddressOf('/embed/xx/hotlines')).toBeUndefined();
    expect(embedAddressOf('/embed/en/resources/all/nonsense')).toBeUndefined();
  });
});
