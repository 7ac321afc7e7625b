import { negotiateLocale } from '@/lib/language/accept-language';

describe('negotiateLocale', () => {
  it('picks the most preferred language Haven offers', () => {
    expect(negotiateLocale('fr-FR, es-MX;q=0.8, en;q=0.5')).toBe('es');
    expect(negotiateLocale('en;q=0.4, vi;q=0.9')).toBe('vi');
  });

  it('maps regional Chinese and Tagalog to the right locale', () => {
    expect(negotiateLocale('zh-TW')).toBe('zh-Hant');
    expect(negotiateLocale('zh-Hant-HK')).toBe('zh-Hant');
    expect(negotiateLocale('zh-CN,zh;q=0.9')).toBe('zh-Hans');
    expect(negotiateLocale('tl-PH')).toBe('fil');
  });

  it('falls back to English for missing, unknown or malformed headers', () => {
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('de, fr;q=0.5')).toBe('en');
    expect(negotiateLocale(';;;,,q=')).toBe('en');
  });
});
