import type { Locale } from '@haven/i18n';
import type { Enum_Article_Translationstatus, Enum_Resource_Kind } from './generated/graphql';

/**
 * Haven's domain types: what pages see. They are mapped from the CMS's GraphQL shapes by the pure
 * `to*` functions in mappers.ts; pages never see a CMS shape.
 */

// Enumerations come from the generated schema types, so they cannot drift from the content model.
export type TranslationStatus = Enum_Article_Translationstatus;
export type ResourceKind = Enum_Resource_Kind;

// A record, so that a kind added to the content model fails type-checking here until it has a place.
const kindOrder: Record<ResourceKind, number> = {
  hotline: 0,
  legal_aid: 1,
  shelter: 2,
  counseling: 3,
  medical: 4,
  government_program: 5,
  ngo: 6,
};

/** Every resource kind, in the order the directory offers them. */
export const resourceKinds: readonly ResourceKind[] = (Object.keys(kindOrder) as ResourceKind[]).sort(
  (a, b) => kindOrder[a] - kindOrder[b],
);

/** Strapi "blocks" rich text, rendered on the server by the site (apps/web/src/components/rich-text.tsx). */
export type RichText = unknown[];

/** Where the same document lives in another locale. */
export interface Localization {
  locale: Locale;
  slug: string;
}

export interface TopicSummary {
  documentId: string;
  name: string;
  slug: string;
}

export interface Topic extends TopicSummary {
  locale: Locale;
  description: string;
}

export interface ArticleSummary {
  documentId: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  topics: TopicSummary[];
  /** ISO timestamps */
  publishedAt: string | null;
  updatedAt: string | null;
}

export interface Source {
  label: string;
  url: string;
}

export interface Article extends ArticleSummary {
  body: RichText;
  jurisdiction: 'california' | 'federal' | null;
  /** ISO date */
  legallyReviewedOn: string | null;
  reviewedBy: string | null;
  sources: Source[];
  seoTitle: string | null;
  seoDescription: string | null;
  translationStatus: TranslationStatus;
  /** When the original changed after this translation was made (ISO timestamp); null while it is up to date. */
  outdatedSince: string | null;
  /** The other locales this article is published in (not including its own). */
  localizations: Localization[];
}

export interface Resource {
  documentId: string;
  locale: Locale;
  name: string;
  slug: string;
  description: string;
  kind: ResourceKind;
  phone: string | null;
  sms: string | null;
  tty: string | null;
  email: string | null;
  website: string | null;
  hoursText: string | null;
  open24x7: boolean;
  free: boolean;
  confidential: boolean;
  counties: string[];
  /** BCP 47 codes */
  languagesSpoken: string[];
  lastVerifiedOn: string | null;
  translationStatus: TranslationStatus;
  /** When the original changed after this translation was made (ISO timestamp); null while it is up to date. */
  outdatedSince: string | null;
  localizations: Localization[];
}

export interface Faq {
  documentId: string;
  locale: Locale;
  question: string;
  answer: RichText;
  topic: TopicSummary | null;
  order: number;
  translationStatus: TranslationStatus;
  /** When the original changed after this translation was made (ISO timestamp); null while it is up to date. */
  outdatedSince: string | null;
}

export interface SiteSettings {
  locale: Locale;
  siteName: string;
  tagline: string;
  quickExitUrl: string;
  legalDisclaimer: string;
  safetyNotice: string;
  /** Who reads a consultation request and what the organisation never does with one (the request page). */
  requestPolicy: string;
  /** How soon staff answer a written request, in the organisation's words. */
  requestResponseTime: string;
  /** Months after which a resource's details count as unchecked: readers are asked to call ahead. */
  resourceCheckMonths: number;
  footer: string;
  featuredHotlines: Resource[];
}

/** Resource directory filters, exactly as a visitor can set them through GET parameters. */
export interface ResourceFilters {
  kind?: ResourceKind;
  county?: string;
  /** BCP 47 code of a language the resource's staff speak */
  language?: string;
  open24x7?: boolean;
}

export interface ResourceFacets {
  counties: string[];
  languages: string[];
}

export interface ResourceDirectoryPage {
  entries: WithFallback<Resource>[];
  /** Resources matching the filters, on every page */
  total: number;
  page: number;
  /** 0 when nothing matches */
  pageCount: number;
}

/** A piece of a search result's title or snippet; marked pieces are what the query matched. */
export interface SearchSegment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  type: 'article' | 'resource' | 'faq';
  documentId: string;
  slug: string;
  /** The document's language: the default locale's when the visitor's has no version of it. */
  locale: Locale;
  title: SearchSegment[];
  snippet: SearchSegment[];
}

export interface SearchResults {
  query: string;
  /** Best first. */
  hits: SearchHit[];
  /** No document has every word of the query; these have the most of them. */
  partial: boolean;
}

/** A document found only in another locale than the one asked for. */
export interface WithFallback<T> {
  item: T;
  /** true when `item` is in the default locale because the asked locale has no translation */
  isFallback: boolean;
}
