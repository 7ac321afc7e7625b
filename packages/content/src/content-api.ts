import { defaultLocale, isLocale, type Locale } from '@haven/i18n';
import { ContentError, type ContentApi, type ReadMode } from './api';
import type { Resource, SearchHit, SearchResults } from './domain';
import {
  ArticleByIdDocument,
  ArticleBySlugDocument,
  ArticlesByTopicDocument,
  ArticlesDocument,
  FaqsDocument,
  ResourceByIdDocument,
  ResourceBySlugDocument,
  ResourceDirectoryDocument,
  ResourceFacetsDocument,
  ResourcesByIdsDocument,
  ResourcesDocument,
  SearchDocument,
  SiteSettingsDocument,
  SlugRedirectDocument,
  TopicsDocument,
} from './generated/graphql';
import { runQuery, type GetClient } from './client';
import { toArticle, toArticleSummary, toFaq, toResource, toSiteSettings, toStrings, toTopic } from './mappers';
import { directoryVariables } from './resource-directory';
import { tagsFor } from './tags';

const searchHitTypes: readonly string[] = ['article', 'resource', 'faq'] satisfies SearchHit['type'][];
const isSearchHitType = (type: string): type is SearchHit['type'] => searchHitTypes.includes(type);

const present = <T>(items: readonly (T | null)[]): T[] => items.filter((item): item is T => item !== null);

/**
 * The getters pages call. See ContentApi for what each returns and throws. Articles and resources
 * read in `draft` mode (editors' previews) carry `previewToken` and are never cached; without a
 * preview token a draft read throws.
 */
export function createContentApi({ getClient, previewToken }: { getClient: GetClient; previewToken?: string }): ContentApi {
  /** Status, cache and token of a read in this mode. */
  function version(mode: ReadMode = 'published') {
    if (mode === 'published') return { status: 'PUBLISHED' as const, cache: 'force-cache' as const };
    if (!previewToken) throw new ContentError('Drafts cannot be read: the site has no preview token');
    return { status: 'DRAFT' as const, cache: 'no-store' as const, token: previewToken };
  }

  async function translationsOf(originals: readonly Resource[], locale: Locale) {
    const data = await runQuery(getClient, ResourcesByIdsDocument, {
      variables: { locale, documentIds: originals.map((resource) => resource.documentId) },
      tags: tagsFor('resources', locale),
    });
    return present(data.resources).map(toResource);
  }

  return {
    canReadDrafts: Boolean(previewToken),

    async getSiteSettings({ locale }) {
      const data = await runQuery(getClient, SiteSettingsDocument, {
        variables: { locale },
        tags: [...tagsFor('site-settings', locale), ...tagsFor('resources', locale)],
      });
      return data.siteSetting ? toSiteSettings(data.siteSetting) : null;
    },

    async getTopics({ locale }) {
      const data = await runQuery(getClient, TopicsDocument, { variables: { locale }, tags: tagsFor('topics', locale) });
      return present(data.topics).map(toTopic);
    },

    async getArticles({ locale, limit = 100, topic }) {
      const variables = { locale, limit: Math.min(Math.max(limit, 1), 100) };
      const tags = [...tagsFor('articles', locale), ...tagsFor('topics', locale)];
      const data = topic
        ? await runQuery(getClient, ArticlesByTopicDocument, { variables: { ...variables, topic }, tags })
        : await runQuery(getClient, ArticlesDocument, { variables, tags });
      return present(data.articles).map(toArticleSummary);
    },

    async getArticle({ locale, slug, mode }) {
      const { status, ...read } = version(mode);
      const data = await runQuery(getClient, ArticleBySlugDocument, {
        variables: { locale, slug, status },
        tags: tagsFor('articles', locale),
        ...read,
      });
      const [article] = present(data.articles);
      return article ? toArticle(article) : null;
    },

    async getArticleById({ locale, documentId, mode }) {
      const { status, ...read } = version(mode);
      const data = await runQuery(getClient, ArticleByIdDocument, {
        variables: { locale, documentId, status },
        tags: tagsFor('articles', locale, documentId),
        ...read,
      });
      return data.article ? toArticle(data.article) : null;
    },

    async getResources({ locale }) {
      const data = await runQuery(getClient, ResourcesDocument, {
        variables: { locale },
        tags: tagsFor('resources', locale),
      });
      return present(data.resources).map(toResource);
    },

    // Every resource has its original in the default locale, and the filtered fields are not
    // localized: the CMS filters and pages the originals, then the page's translations are read.
    async getResourceDirectory({ locale, filters, page }) {
      const { resources_connection: connection } = await runQuery(getClient, ResourceDirectoryDocument, {
        variables: { locale: defaultLocale, ...directoryVariables(filters, page) },
        tags: tagsFor('resources', defaultLocale),
      });
      const originals = connection ? present(connection.nodes).map(toResource) : [];
      const translations = locale === defaultLocale || originals.length === 0 ? [] : await translationsOf(originals, locale);
      const { total, pageCount } = connection?.pageInfo ?? { total: 0, pageCount: 0 };
      return {
        entries: originals.map((original) => {
          const translation = translations.find((candidate) => candidate.documentId === original.documentId);
          return translation ? { item: translation, isFallback: false } : { item: original, isFallback: locale !== defaultLocale };
        }),
        total,
        page,
        pageCount,
      };
    },

    async getResourceFacets() {
      const counties = new Set<string>();
      const languages = new Set<string>();
      for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
        const { resources_connection: connection } = await runQuery(getClient, ResourceFacetsDocument, {
          variables: { locale: defaultLocale, page },
          tags: tagsFor('resources', defaultLocale),
        });
        for (const node of present(connection?.nodes ?? [])) {
          for (const county of toStrings(node.counties)) counties.add(county);
          for (const language of toStrings(node.languagesSpoken)) languages.add(language);
        }
        pageCount = connection?.pageInfo.pageCount ?? 0;
      }
      return { counties: [...counties], languages: [...languages] };
    },

    async getResource({ locale, slug, mode }) {
      const { status, ...read } = version(mode);
      const data = await runQuery(getClient, ResourceBySlugDocument, {
        variables: { locale, slug, status },
        tags: tagsFor('resources', locale),
        ...read,
      });
      const [resource] = present(data.resources);
      return resource ? toResource(resource) : null;
    },

    async getResourceById({ locale, documentId, mode }) {
      const { status, ...read } = version(mode);
      const data = await runQuery(getClient, ResourceByIdDocument, {
        variables: { locale, documentId, status },
        tags: tagsFor('resources', locale, documentId),
        ...read,
      });
      return data.resource ? toResource(data.resource) : null;
    },

    async getFaqs({ locale }) {
      const data = await runQuery(getClient, FaqsDocument, {
        variables: { locale },
        tags: [...tagsFor('faqs', locale), ...tagsFor('topics', locale)],
      });
      return present(data.faqs)
        .map(toFaq)
        .sort((a, b) => (a.topic?.name ?? '').localeCompare(b.topic?.name ?? '', locale) || a.order - b.order);
    },

    async search({ locale, query }): Promise<SearchResults> {
      const trimmed = query.trim();
      if (!trimmed) return { query: trimmed, hits: [], partial: false };
      // What a visitor types is never kept: not in the data cache, not under any key.
      const data = await runQuery(getClient, SearchDocument, { variables: { locale, query: trimmed }, tags: [], cache: 'no-store' });
      const hits = data.search.hits.flatMap((hit): SearchHit[] =>
        isLocale(hit.locale) && isSearchHitType(hit.type) ? [{ ...hit, type: hit.type, locale: hit.locale }] : [],
      );
      return { query: trimmed, hits, partial: data.search.partial };
    },

    async getSlugRedirect({ type, locale, slug }) {
      const data = await runQuery(getClient, SlugRedirectDocument, {
        variables: { contentType: type, locale, oldSlug: slug },
        tags: tagsFor('slug-histories', locale),
      });
      return present(data.slugHistories)[0]?.targetDocumentId ?? null;
    },
  };
}
