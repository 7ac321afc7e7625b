import type { Locale } from '@haven/i18n';
import type {
  Article,
  ArticleSummary,
  Faq,
  Resource,
  ResourceDirectoryPage,
  ResourceFacets,
  ResourceFilters,
  SearchResults,
  SiteSettings,
  Topic,
} from './domain';

/**
 * Which version of a document to read: what visitors see, or an editor's unpublished draft (read
 * with the server-only preview token, never cached).
 */
export type ReadMode = 'published' | 'draft';

/**
 * Everything the site may ask of the CMS. Every getter throws a `ContentError` when the CMS
 * answers with an HTTP error, a GraphQL error, or not within the timeout: a failure is never
 * turned into an empty list. "Not found" is `null`, never an error.
 */
export interface ContentApi {
  getSiteSettings(args: { locale: Locale }): Promise<SiteSettings | null>;
  getTopics(args: { locale: Locale }): Promise<Topic[]>;
  /** Newest first. */
  getArticles(args: { locale: Locale; limit?: number; topic?: string }): Promise<ArticleSummary[]>;
  getArticle(args: { locale: Locale; slug: string; mode?: ReadMode }): Promise<Article | null>;
  getArticleById(args: { locale: Locale; documentId: string; mode?: ReadMode }): Promise<Article | null>;
  /** Every published resource of a locale, by name (at most 100: for the sitemap). */
  getResources(args: { locale: Locale }): Promise<Resource[]>;
  /**
   * One page of the directory, filtered and counted by the CMS, by default-locale name. Each entry is
   * in `locale` where translated, else a default-locale fallback.
   */
  getResourceDirectory(args: { locale: Locale; filters: ResourceFilters; page: number }): Promise<ResourceDirectoryPage>;
  /**
   * The areas and languages published resources name, for the directory's filter form. They are the
   * same in every locale (not localized); `locale` is the asking page's.
   */
  getResourceFacets(args: { locale: Locale }): Promise<ResourceFacets>;
  getResource(args: { locale: Locale; slug: string; mode?: ReadMode }): Promise<Resource | null>;
  getResourceById(args: { locale: Locale; documentId: string; mode?: ReadMode }): Promise<Resource | null>;
  /** Ordered by topic, then `order`. */
  getFaqs(args: { locale: Locale }): Promise<Faq[]>;
  /** Case-insensitive search over articles, resources and FAQs in one locale. */
  search(args: { locale: Locale; query: string }): Promise<SearchResults>;
  /** The documentId an old slug (from slug history) now belongs to, or null. */
  getSlugRedirect(args: { type: 'article' | 'resource'; locale: Locale; slug: string }): Promise<string | null>;
  /** True when drafts can be read (the site holds a preview token). */
  readonly canReadDrafts: boolean;
}

export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
