import { documentSlugs, hreflangAlternates, mapLocales, switcherSlugs } from '@/lib/urls/document-locales';

const article = {
  locale: 'es' as const,
  slug: 'aclarar-sus-antecedentes',
  localizations: [
    { locale: 'en' as const, slug: 'clearing-your-record' },
    { locale: 'vi' as const, slug: 'xoa-ho-so' },
  ],
};

describe('documentSlugs', () => {
  it('lists the document’s own locale and every translation', () => {
    expect(documentSlugs(article)).toEqual({
      es: 'aclarar-sus-antecedentes',
      en: 'clearing-your-record',
      vi: 'xoa-ho-so',
    });
  });
});

describe('switcherSlugs', () => {
  it('sends untranslated locales to the default-locale slug so the fallback shows', () => {
    expect(switcherSlugs(documentSlugs(article))).toEqual({
      en: 'clearing-your-record',
      es: 'aclarar-sus-antecedentes',
      'zh-Hans': 'clearing-your-record',
      'zh-Hant': 'clearing-your-record',
      vi: 'xoa-ho-so',
      ko: 'clearing-your-record',
      fil: 'clearing-your-record',
      fa: 'clearing-your-record',
    });
  });

  it('leaves locales out when there is no default-locale version to fall back to', () => {
    expect(switcherSlugs({ es: 'solo-en-espanol', ko: 'hanguk' })).toEqual({
      es: 'solo-en-espanol',
      ko: 'hanguk',
    });
  });
});

describe('mapLocales', () => {
  it('builds one value per locale that has a slug', () => {
    expect(mapLocales({ en: 'a', fa: 'b' }, (locale, slug) => `/${locale}/${slug}`)).toEqual({
      en: '/en/a',
      fa: '/fa/b',
    });
  });
});

describe('hreflangAlternates', () => {
  it('adds x-default pointing at the default locale', () => {
    expect(hreflangAlternates({ fil: 'https://x/fil/a', en: 'https://x/en/a' })).toEqual({
      en: 'https://x/en/a',
      fil: 'https://x/fil/a',
      'x-default': 'https://x/en/a',
    });
  });

  it('leaves x-default out when the default locale has no version', () => {
    expect(hreflangAlternates({ es: 'https://x/es/a' })).toEqual({ es: 'https://x/es/a' });
  });
});
