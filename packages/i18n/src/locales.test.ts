import { defaultLocale, getDirection, isLocale, localeCodes, locales } from './locales';

describe('locales', () => {
  it('lists the eight Haven locales with English first as the default', () => {
    expect(localeCodes).toEqual(['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'fil', 'fa']);
    expect(defaultLocale).toBe('en');
  });

  it('marks Persian, and only Persian, as right-to-left', () => {
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['fa']);
    expect(getDirection('fa')).toBe('rtl');
    expect(getDirection('vi')).toBe('ltr');
  });

  it('uses canonical BCP 47 codes so browsers and Intl agree with them', () => {
    for (const code of localeCodes) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
  });

  it('recognises only known locale codes', () => {
    expect(isLocale('zh-Hant')).toBe(true);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
