import { SearchIndex, type SearchableDocument } from './search-index';

const article = (documentId: string, locale: string, title: string): SearchableDocument => ({
  type: 'article',
  documentId,
  locale,
  slug: documentId,
  title,
  summary: '',
  body: '',
});
const titles = (index: SearchIndex, query: string, locale = 'en') =>
  index.search(query, { locale, fallbackLocale: 'en' }).hits.map((hit) => hit.title.map((segment) => segment.text).join(''));

describe('SearchIndex', () => {
  it('finds a document again after it is replaced many times, and never its old text', () => {
    const index = new SearchIndex();
    for (let version = 0; version < 50; version += 1) index.put(article('a', 'en', `Compensation notice ${version}`));
    expect(titles(index, 'compensation')).toEqual(['Compensation notice 49']);
    expect(titles(index, '12')).toEqual([]);
    index.remove({ type: 'article', locale: 'en', documentId: 'a' });
    expect(titles(index, 'compensation')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('searches the asked locale and, for documents it lacks, the default one', () => {
    const index = new SearchIndex();
    index.put(article('a', 'en', 'Getting compensation'));
    index.put(article('a', 'es', 'Obtener compensación'));
    index.put(article('b', 'en', 'Compensation deadlines'));
    expect(titles(index, 'compensation', 'es').sort()).toEqual(['Compensation deadlines', 'Obtener compensación']);
  });
});
