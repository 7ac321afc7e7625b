import { decideFallback, findWithFallback } from '@/lib/content/fallback';

const spanish = { title: 'Aclarar sus antecedentes' };
const english = { title: 'Clearing your record' };

describe('decideFallback', () => {
  it('shows the document in the visitor’s locale when it exists', () => {
    expect(decideFallback({ requestedLocale: 'es', inRequestedLocale: spanish, inDefaultLocale: english })).toEqual({
      kind: 'found',
      document: spanish,
    });
  });

  it('falls back to the default-locale document when the visitor’s locale has none', () => {
    expect(decideFallback({ requestedLocale: 'es', inRequestedLocale: null, inDefaultLocale: english })).toEqual({
      kind: 'fallback',
      document: english,
    });
  });

  it('is not found when neither locale has the document', () => {
    expect(decideFallback({ requestedLocale: 'vi', inRequestedLocale: null, inDefaultLocale: null })).toEqual({ kind: 'not-found' });
  });

  it('never calls a default-locale document a fallback for a visitor already in the default locale', () => {
    expect(decideFallback({ requestedLocale: 'en', inRequestedLocale: null, inDefaultLocale: english })).toEqual({ kind: 'not-found' });
  });

  it('honours another default locale when given one', () => {
    expect(
      decideFallback({
        requestedLocale: 'en',
        inRequestedLocale: null,
        inDefaultLocale: spanish,
        defaultLocale: 'es',
      }),
    ).toEqual({ kind: 'fallback', document: spanish });
  });
});

describe('findWithFallback', () => {
  it('does not look in the default locale when the visitor’s locale has the document', async () => {
    const find = jest.fn(() => Promise.resolve(spanish));
    await expect(findWithFallback('es', find)).resolves.toEqual({ kind: 'found', document: spanish });
    expect(find).toHaveBeenCalledTimes(1);
    expect(find).toHaveBeenCalledWith('es');
  });

  it('looks in the default locale when the visitor’s locale has no document', async () => {
    const find = jest.fn((locale: string) => Promise.resolve(locale === 'en' ? english : null));
    await expect(findWithFallback('ko', find)).resolves.toEqual({ kind: 'fallback', document: english });
    expect(find.mock.calls).toEqual([['ko'], ['en']]);
  });

  it('looks only once for a visitor in the default locale', async () => {
    const find = jest.fn(() => Promise.resolve(null));
    await expect(findWithFallback('en', find)).resolves.toEqual({ kind: 'not-found' });
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('lets a CMS failure through instead of calling it not found', async () => {
    const find = jest.fn(() => Promise.reject(new Error('CMS down')));
    await expect(findWithFallback('es', find)).rejects.toThrow('CMS down');
  });
});
