import contract from '@haven/content/contract.json';
import type { Core } from '@strapi/strapi';
import { graphqlExtension, i18nLocales } from '../strapi-services';
import { SearchIndex, type SearchableType } from './search-index';
import { toSearchable } from './searchable';
import { parseSynonyms, type Synonyms } from './synonyms';

/** What search covers: every published article, resource and FAQ, in every locale. */
const searchedTypes: Record<string, SearchableType> = {
  'api::article.article': 'article',
  'api::resource.resource': 'resource',
  'api::faq.faq': 'faq',
};
const changingActions = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);
/** Longer queries are cut (the site refuses them): nobody types more, and each term costs a lookup. */
const { maxQueryLength, maxHits } = contract.search;

const synonymsUid = 'api::search-synonym.search-synonym';

/** This CMS process's index: derived from the database, so nothing about it is backed up. */
export const searchIndex = new SearchIndex();
/** The editors' synonyms per locale, read again whenever they are saved. */
const synonymsByLocale = new Map<string, Synonyms>();

interface Documents {
  findMany(params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}
const documentsOf = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as unknown as Documents;

async function localeCodes(strapi: Core.Strapi): Promise<string[]> {
  return (await i18nLocales(strapi).find()).map((locale) => locale.code);
}

/** Reads a document's published versions again and puts them in (or takes them out of) search. */
async function reindexDocument(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  const type = searchedTypes[uid]!;
  for (const locale of await localeCodes(strapi)) {
    const [entry] = await documentsOf(strapi, uid).findMany({ filters: { documentId }, locale, status: 'published', limit: 1 });
    if (entry) searchIndex.put(toSearchable(type, entry));
    else searchIndex.remove({ type, locale, documentId });
  }
}

async function loadSynonyms(strapi: Core.Strapi, locale: string): Promise<void> {
  const [entry] = await documentsOf(strapi, synonymsUid).findMany({ locale, limit: 1 });
  synonymsByLocale.set(locale, parseSynonyms(typeof entry?.groups === 'string' ? entry.groups : ''));
}

/** Builds the index from the database: at start, so a restart or a second CMS has the same search. */
export async function buildSearchIndex(strapi: Core.Strapi): Promise<void> {
  const started = performance.now();
  for (const [uid, type] of Object.entries(searchedTypes)) {
    for (const locale of await localeCodes(strapi)) {
      for (let start = 0; ; start += 500) {
        const page = await documentsOf(strapi, uid).findMany({ locale, status: 'published', start, limit: 500 });
        for (const entry of page) searchIndex.put(toSearchable(type, entry));
        if (page.length < 500) break;
      }
    }
  }
  for (const locale of await localeCodes(strapi)) await loadSynonyms(strapi, locale);
  strapi.log.info(`search: ${searchIndex.size} documents indexed in ${(performance.now() - started).toFixed(0)} ms`);
}

/**
 * Keeps search current: every change to an article, resource or FAQ re-reads that document's
 * published versions once the change is stored, and a saved synonym list is read again. Adds the
 * public `search` query to GraphQL; the synonym list itself is the editors' and not in the public API.
 */
export function registerSearch(strapi: Core.Strapi): void {
  graphqlExtension(strapi).shadowCRUD(synonymsUid).disable();
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === synonymsUid && changingActions.has(context.action)) {
      const { locale } = context.params as { locale?: string };
      for (const code of locale ? [locale] : await localeCodes(strapi)) await loadSynonyms(strapi, code);
      return result;
    }
    if (!(context.uid in searchedTypes) || !changingActions.has(context.action)) return result;
    const params = context.params as { documentId?: string };
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId) await reindexDocument(strapi, context.uid, documentId);
    return result;
  });

  graphqlExtension(strapi).use(() => ({
    typeDefs: /* GraphQL */ `
      "A piece of a title or snippet; marked pieces are what the query matched."
      type SearchSegment {
        text: String!
        mark: Boolean!
      }
      type SearchHit {
        "article, resource or faq"
        type: String!
        documentId: ID!
        slug: String!
        "The document's locale: the default locale's when the asked locale has no version of it."
        locale: String!
        title: [SearchSegment!]!
        snippet: [SearchSegment!]!
      }
      type SearchResults {
        hits: [SearchHit!]!
        "True when no document has every word of the query, and these have the most of them."
        partial: Boolean!
      }
      extend type Query {
        "Published articles, resources and FAQs matching what a visitor typed, best first (at most ${maxHits})."
        search(locale: I18NLocaleCode!, query: String!): SearchResults!
      }
    `,
    resolvers: {
      Query: {
        search: async (_parent: unknown, args: { locale: string; query: string }) =>
          searchIndex.search(args.query.slice(0, maxQueryLength), {
            locale: args.locale,
            fallbackLocale: await i18nLocales(strapi).getDefaultLocale(),
            limit: maxHits,
            synonyms: synonymsByLocale.get(args.locale),
          }),
      },
    },
    resolversConfig: { 'Query.search': { auth: false } },
  }));
}
