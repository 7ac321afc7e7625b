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

  it('shows at most `limit` hits: the same best ones, in the same order, as a longer list starts with', () => {
    const index = new SearchIndex();
    const words = ['civil', 'lawsuit', 'court', 'visa', 'record', 'clearing', 'compensation', 'board'];
    // A fixed spread of documents: some with the words side by side (a phrase), some apart.
    for (let i = 0; i < 60; i += 1) {
      const pick = (offset: number) => words[(i * 7 + offset * 3) % words.length]!;
      index.put({
        ...article(`d${i}`, 'en', `${pick(0)} ${pick(1)} notes`),
        summary: `${pick(2)} and ${pick(3)}`,
        body: `${'other words '.repeat(i % 9)}${pick(4)} ${pick(5)} ${i % 4 === 0 ? 'civil lawsuit' : 'lawsuit then civil'}`,
      });
    }
    for (const query of ['civil lawsuit', 'lawsuit civil', 'visa', 'court record', 'compensation board civil']) {
      const ids = (limit: number) => index.search(query, { locale: 'en', fallbackLocale: 'en', limit }).hits.map((hit) => hit.documentId);
      expect([query, ids(5)]).toEqual([query, ids(60).slice(0, 5)]);
    }
  });

  it('looks in the default locale again as soon as a translation is taken out', () => {
    const index = new SearchIndex();
    index.put(article('a', 'en', 'Getting compensation'));
    index.put(article('a', 'es', 'Obtener compensación'));
    expect(titles(index, 'getting', 'es')).toEqual([]);
    index.remove({ type: 'article', locale: 'es', documentId: 'a' });
    expect(titles(index, 'getting', 'es')).toEqual(['Getting compensation']);
  });

  it('ranks the exact phrase first even when, without its boost, it would fall below the hits shown', () => {
    const index = new SearchIndex();
    // Short titles with both words apart score above a long one with the phrase, until its boost.
    for (let i = 0; i < 10; i += 1) index.put(article(`apart${i}`, 'en', `lawsuit, civil ${i}`));
    index.put(article('phrase', 'en', 'What to expect in the first weeks of a civil lawsuit'));
    const ids = (query: string) => index.search(query, { locale: 'en', fallbackLocale: 'en', limit: 5 }).hits.map((hit) => hit.documentId);
    expect(ids('lawsuit civil')).not.toContain('phrase');
    expect(ids('civil lawsuit')[0]).toBe('phrase');
  });
});
