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

describe('the proxy and negotiateLocale', () => {
  it.each([
    'fr-FR, es-MX;q=0.8, en;q=0.5',
    'zh-TW',
    'zh-HK,en;q=0.5',
    'zh',
    'tl',
    'fil-PH',
    'fa-IR',
    'pt-BR',
    'ko-KR;q=0.1,vi;q=0.2',
    '*',
    '',
  ])('send / to the same language for %j', async (acceptLanguage) => {
    const { NextRequest } = await import('next/server');
    const { default: proxy } = await import('@/proxy');
    const response = await proxy(new NextRequest('http://localhost/', { headers: { 'accept-language': acceptLanguage } }));
    const location = response.headers.get('location') ?? '';
    expect(new URL(location).pathname).toBe(`/${negotiateLocale(acceptLanguage)}`);
  });
});
