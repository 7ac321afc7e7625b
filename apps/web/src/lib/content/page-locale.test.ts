import { pageLocale, pageSlug } from '@/lib/content/page-locale';

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

describe('pageLocale', () => {
  it('returns a known locale', async () => {
    await expect(pageLocale(Promise.resolve({ locale: 'zh-Hant' }))).resolves.toBe('zh-Hant');
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
