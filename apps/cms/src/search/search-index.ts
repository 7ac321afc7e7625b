import MiniSearch, { type Query } from 'minisearch';
import { fold } from './fold';
import { synonymKey, type Synonyms } from './synonyms';
import { termsOf } from './terms';

export type SearchableType = 'article' | 'resource' | 'faq';

/** A published document as search sees it: plain text fields, one locale. */
export interface SearchableDocument {
  type: SearchableType;
  documentId: string;
  locale: string;
  slug: string;
  /** The article's or resource's name, the FAQ's question. */
  title: string;
  /** Summary or description. */
  summary: string;
  /** Body text, answer, and for resources kind, counties and languages. */
  body: string;
}

/** A piece of a title or snippet; `mark` pieces are what the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  type: SearchableType;
  documentId: string;
  slug: string;
  /** The document's locale: the default locale's when the visitor's has no version of it. */
  locale: string;
  title: Segment[];
  snippet: Segment[];
  score: number;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** True when no document had every word, and these have the most of them. */
  partial: boolean;
}

const fields = ['title', 'summary', 'body'] as const;
const snippetLength = 180;
const maxQueryWords = 10;

/** Segments of `text`, with the terms whose forms are in `matched` marked. */
function highlight(text: string, matched: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const term of termsOf(text)) {
    if (!term.forms.some((form) => matched.has(form)) || term.start < at) continue;
    if (term.start > at) segments.push({ text: text.slice(at, term.start), mark: false });
    segments.push({ text: text.slice(term.start, term.end), mark: true });
    at = term.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  // Adjacent marks (Chinese character pairs) read as one.
  return segments.reduce<Segment[]>((merged, segment) => {
    const last = merged.at(-1);
    if (last?.mark === segment.mark) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}

/** About `snippetLength` characters around the first match of the summary, else the body, else the summary's start. */
function snippet(document: SearchableDocument, matched: Set<string>): Segment[] {
  for (const field of ['summary', 'body'] as const) {
    const text = document[field];
    const first = termsOf(text).find((term) => term.forms.some((form) => matched.has(form)));
    if (!first) continue;
    const from = Math.max(0, first.start - snippetLength / 3);
    const start = from === 0 ? 0 : text.lastIndexOf(' ', from) + 1 || from;
    const window = text.slice(start, start + snippetLength);
    const segments = highlight(window, matched);
    if (start > 0) segments.unshift({ text: '…', mark: false });
    if (start + snippetLength < text.length) segments.push({ text: '…', mark: false });
    return segments;
  }
  const text = document.summary || document.body;
  return [{ text: text.length > snippetLength ? `${text.slice(0, snippetLength)}…` : text, mark: false }];
}

function newLocaleIndex() {
  return new MiniSearch<SearchableDocument & { key: string }>({
    idField: 'key',
    fields: [...fields],
    // Documents are removed with their own text (remove), never discarded, so there is nothing to vacuum.
    autoVacuum: false,
    storeFields: [],
    tokenize: (text) => termsOf(text).flatMap((term) => term.forms),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => termsOf(text, { query: true }).flatMap((term) => term.forms),
      processTerm: (term) => term,
      boost: { title: 3, summary: 1.5 },
    },
  });
}

const keyOf = (document: Pick<SearchableDocument, 'type' | 'locale' | 'documentId'>) =>
  `${document.type}:${document.locale}:${document.documentId}`;

/**
 * Haven's search over published content, in memory and derived from the database (rebuilt at
 * start, kept current as documents are published, changed or withdrawn). Matching folds case,
 * accents, tone marks and letter variants (./fold), and works on terms (./terms): every word in
 * any order, the last word as a prefix, one typo in words of five letters or more.
 */
export class SearchIndex {
  /** One index per locale: a query only ever scores its own locale's documents (and the default's). */
  private readonly indexes = new Map<string, MiniSearch<SearchableDocument & { key: string }>>();
  private readonly documents = new Map<string, SearchableDocument>();
  /** Each document's folded title and text, for the phrase boost, made once when it is put in. */
  private readonly foldedText = new Map<string, { title: string; all: string }>();
  /** Each locale's documents, as `type:documentId`, to tell which the default locale must stand in for. */
  private readonly present = new Map<string, Set<string>>();
  /** Whether a locale lacks any of another's documents, worked out once after each change. */
  private readonly lacking = new Map<string, boolean>();

  /** Adds or replaces a document's version in its locale. */
  put(document: SearchableDocument): void {
    this.remove(document);
    const key = keyOf(document);
    this.documents.set(key, document);
    this.presentIn(document.locale).add(`${document.type}:${document.documentId}`);
    this.lacking.clear();
    this.foldedText.set(key, { title: fold(document.title), all: fields.map((field) => fold(document[field])).join('\n') });
    let index = this.indexes.get(document.locale);
    if (!index) this.indexes.set(document.locale, (index = newLocaleIndex()));
    index.add({ ...document, key });
  }

  /** Takes a document's version in a locale out of search. */
  remove(document: Pick<SearchableDocument, 'type' | 'locale' | 'documentId'>): void {
    const key = keyOf(document);
    const stored = this.documents.get(key);
    if (!stored) return;
    this.indexes.get(stored.locale)?.remove({ ...stored, key });
    this.documents.delete(key);
    this.presentIn(stored.locale).delete(`${stored.type}:${stored.documentId}`);
    this.lacking.clear();
    this.foldedText.delete(key);
  }

  private presentIn(locale: string): Set<string> {
    let documents = this.present.get(locale);
    if (!documents) this.present.set(locale, (documents = new Set()));
    return documents;
  }

  /** Whether `locale` has no version of some document `other` has (then search must look in `other` too). */
  private lacksAnyOf(locale: string, other: string): boolean {
    const pair = `${locale} ${other}`;
    let lacks = this.lacking.get(pair);
    if (lacks === undefined) {
      const here = this.presentIn(locale);
      lacks = [...this.presentIn(other)].some((document) => !here.has(document));
      this.lacking.set(pair, lacks);
    }
    return lacks;
  }

  get size(): number {
    return this.documents.size;
  }

  /**
   * The documents matching `query` in `locale`, best first; documents the locale has no version of
   * are found in `fallbackLocale` (the default) and come back in that locale.
   */
  search(
    query: string,
    { locale, fallbackLocale, limit = 20, synonyms }: { locale: string; fallbackLocale: string; limit?: number; synonyms?: Synonyms },
  ): SearchAnswer {
    // Each word is a lookup (with typos, the dearest kind): a query counts its first ten.
    const words = query
      .split(/\s+/)
      .filter((word) => synonymKey(word) !== '')
      .slice(0, maxQueryWords);
    if (words.length === 0) return { hits: [], partial: false };
    // The default locale's documents count only where the asked locale has no version of them.
    const here = this.presentIn(locale);
    const missingHere = (key: string) => {
      const document = this.documents.get(key)!;
      return !here.has(`${document.type}:${document.documentId}`);
    };
    // Each word typed, or any of its synonyms; the last word also as the start of a longer one.
    const alternativesOf = (word: string) => [word, ...(synonyms?.get(synonymKey(word)) ?? [])];
    const groups: Query[] = words.map((word, index) => ({
      combineWith: 'OR' as const,
      // A prefix of one or two letters would be most of the index.
      prefix: index === words.length - 1 && [...word].length >= 3,
      queries: [
        { combineWith: 'AND' as const, queries: [word] },
        // A synonym counts for less than the word itself: what was typed ranks first.
        ...alternativesOf(word)
          .slice(1)
          .map((synonym) => ({ combineWith: 'AND' as const, queries: [synonym], boostTerm: () => 0.3 })),
      ],
    }));
    // Typos are looked for only when the words as typed find too little: fuzzy matching costs the most.
    const run = (combineWith: 'AND' | 'OR', fuzzy: boolean) => {
      const options = { fuzzy: fuzzy ? (term: string) => ([...term].length >= 5 ? 1 : false) : false } as const;
      const own = this.indexes.get(locale)?.search({ combineWith, queries: groups }, options) ?? [];
      const fallback =
        locale === fallbackLocale || !this.lacksAnyOf(locale, fallbackLocale)
          ? []
          : (this.indexes
              .get(fallbackLocale)
              ?.search({ combineWith, queries: groups }, { ...options, filter: (result) => missingHere(result.id as string) }) ?? []);
      return [...own, ...fallback];
    };
    let results = run('AND', false);
    if (results.length < limit) results = run('AND', true);
    const partial = results.length === 0 && words.length > 1;
    if (partial) results = run('OR', true);
    const phrase = fold(query).trim();
    // For each word typed, the index terms that count as finding it (its own and its synonyms').
    const termsPerWord = words.map((word) => new Set(alternativesOf(word).flatMap((alternative) => synonymKey(alternative).split(' '))));
    const wordsMatchedBy = (queryTerms: string[]) => termsPerWord.filter((terms) => queryTerms.some((term) => terms.has(term))).length;
    let ranked = results.map((result) => {
      // MiniSearch multiplies a score by the number of query terms matched; a word found together
      // with its synonym is still one word typed.
      const wordsMatched = wordsMatchedBy(result.queryTerms);
      return {
        key: result.id as string,
        matched: result.terms,
        words: wordsMatched,
        score: (result.score / Math.max(1, result.queryTerms.length)) * Math.max(1, wordsMatched),
      };
    });
    // The words as typed, in order, rank above the same words scattered, or found through a stem or
    // synonym: up to twice the score. Where no document has every word, none has the phrase.
    const phraseCounts = !partial;
    if (!partial && ranked.length > limit) {
      // Only what can still be among the hits shown is ranked further: the limit-th best score is the bar.
      const bar = Float64Array.from(ranked, (entry) => entry.score).sort()[ranked.length - limit]!;
      ranked = ranked.filter((entry) => entry.score * (phraseCounts ? 2 : 1) >= bar);
    }
    if (phraseCounts)
      for (const entry of ranked) {
        const folded = this.foldedText.get(entry.key)!;
        entry.score *= folded.title.includes(phrase) ? 2 : folded.all.includes(phrase) ? 1.5 : 1;
      }
    // Without a document that has every word, the ones with more of the words typed come first.
    ranked.sort((a, b) => (partial ? b.words - a.words : 0) || b.score - a.score);
    // Highlights and snippets only for what is shown.
    const hits = ranked.slice(0, limit).map(({ key, matched, score }): SearchHit => {
      const document = this.documents.get(key)!;
      const terms = new Set(matched);
      return {
        type: document.type,
        documentId: document.documentId,
        slug: document.slug,
        locale: document.locale,
        title: highlight(document.title, terms),
        snippet: snippet(document, terms),
        score,
      };
    });
    return { hits, partial };
  }
}
