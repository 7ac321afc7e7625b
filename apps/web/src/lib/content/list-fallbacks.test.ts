import { listWithFallbacks, newestFirst, withFallbacks } from '@/lib/content/list-fallbacks';

const es = [{ documentId: 'a', title: 'Anulación' }];
const en = [
  { documentId: 'a', title: 'Vacatur' },
  { documentId: 'b', title: 'Civil suits' },
];

describe('withFallbacks', () => {
  it('adds default-locale documents that have no translation, marked as fallbacks', () => {
    expect(withFallbacks(es, en)).toEqual([
      { item: { documentId: 'a', title: 'Anulación' }, isFallback: false },
      { item: { documentId: 'b', title: 'Civil suits' }, isFallback: true },
    ]);
  });
});

describe('listWithFallbacks', () => {
  it('asks for the default locale too when the visitor reads another language', async () => {
    const list = jest.fn((locale: string) => Promise.resolve(locale === 'es' ? es : en));
    await expect(listWithFallbacks('es', list)).resolves.toHaveLength(2);
    expect(list.mock.calls).toEqual([['es'], ['en']]);
  });

  it('asks once for a visitor in the default locale', async () => {
    const list = jest.fn(() => Promise.resolve(en));
    await expect(listWithFallbacks('en', list)).resolves.toEqual([
      { item: en[0], isFallback: false },
      { item: en[1], isFallback: false },
    ]);
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('newestFirst', () => {
  it('sorts merged lists by publication date, undated last', () => {
    const entry = (id: string, publishedAt: string | null) => ({ item: { id, publishedAt, updatedAt: null }, isFallback: false });
    expect(
      newestFirst([entry('old', '2024-01-01T00:00:00Z'), entry('none', null), entry('new', '2025-01-01T00:00:00Z')]).map((e) => e.item.id),
    ).toEqual(['new', 'old', 'none']);
  });
});
