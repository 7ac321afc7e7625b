import { setRequestLocale } from 'next-intl/server';
import { pageLocale, pageSlug } from '@/lib/content/page-locale';

// next-intl's server API needs React's server runtime; what matters here is that the locale is set.
jest.mock('next-intl/server', () => ({ setRequestLocale: jest.fn() }));

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

describe('pageLocale', () => {
  it('returns a known locale and sets it as the request’s, so cached pages never read the request', async () => {
    await expect(pageLocale(Promise.resolve({ locale: 'zh-Hant' }))).resolves.toBe('zh-Hant');
    expect(setRequestLocale).toHaveBeenCalledWith('zh-Hant');
  });

  it('is a 404 for an unknown locale', async () => {
    await expect(pageLocale(Promise.resolve({ locale: 'xx' }))).rejects.toThrow('NOT_FOUND');
  });
});

describe('pageSlug', () => {
  it('returns an ordinary slug', () => {
    expect(pageSlug('clearing-your-record', 'en')).toBe('clearing-your-record');
  });

  it('is a 404 for an empty or oversized slug', () => {
    expect(() => pageSlug('', 'es')).toThrow('NEXT_REDIRECT /es/page-not-found');
    expect(() => pageSlug('a'.repeat(201), 'es')).toThrow('NEXT_REDIRECT');
  });
});
