import type { Locale } from '@haven/i18n';
import type { Modules } from '@strapi/strapi';

/**
 * Shapes of Haven's seed content. Text fields that hold rich text (article bodies, FAQ answers)
 * are written in "plain text with light marks" and turned into Strapi blocks by `to-blocks.ts`:
 *   - blocks are separated by a blank line
 *   - "## Heading" / "### Heading"
 *   - consecutive "- item" lines form a bulleted list, "1. item" lines a numbered list
 *   - "> text" is a quote
 *   - inline: **bold** and [link text](https://example.org)
 */
export type RichText = string;

// Enumerations as the content model (types/generated) defines them.
export type TranslationStatus = NonNullable<Modules.Documents.Document<'api::article.article'>['translationStatus']>;

/** English is always present; other locales only where the text has been written. */
export type Localized<T> = { en: T } & Partial<Record<Exclude<Locale, 'en'>, T>>;

export interface SeedTopic {
  key: string;
  translations: Localized<{ name: string; slug: string; description: string; translationStatus: TranslationStatus }>;
}

export interface SeedSource {
  label: string;
  url: string;
}

export interface SeedArticleText {
  title: string;
  slug: string;
  summary: string;
  body: RichText;
  seoTitle: string;
  seoDescription: string;
  translationStatus: TranslationStatus;
}

export interface SeedArticle {
  key: string;
  /** keys of SeedTopic */
  topics: string[];
  jurisdiction: NonNullable<Modules.Documents.Document<'api::article.article'>['jurisdiction']>;
  /** ISO date (YYYY-MM-DD) or null when no legal review has happened yet */
  legallyReviewedOn: string | null;
  reviewedBy: string | null;
  sources: SeedSource[];
  translations: Localized<SeedArticleText>;
}

export type ResourceKind = NonNullable<Modules.Documents.Document<'api::resource.resource'>['kind']>;

export interface SeedResource {
  key: string;
  kind: ResourceKind;
  /** Dialable numbers exactly as FACTS.md gives them, e.g. "1-888-373-7888" or "988". */
  phone: string | null;
  sms: string | null;
  tty: string | null;
  email: string | null;
  /** Full https:// URL */
  website: string | null;
  open24x7: boolean;
  free: boolean;
  confidential: boolean;
  /** California county names, or "Statewide" / "Nationwide" */
  counties: string[];
  /** BCP 47 codes */
  languagesSpoken: string[];
  /** ISO date */
  lastVerifiedOn: string;
  translations: Localized<{
    name: string;
    slug: string;
    description: string;
    hoursText: string;
    translationStatus: TranslationStatus;
  }>;
}

export interface SeedFaq {
  key: string;
  /** key of SeedTopic */
  topic: string;
  order: number;
  translations: Localized<{ question: string; answer: RichText; translationStatus: TranslationStatus }>;
}

export interface SeedSiteSettings {
  quickExitUrl: string;
  /** The request page's policy and response time below are the seed's sample text, for the organisation to replace. */
  requestTextsAreSample: boolean;
  /** keys of SeedResource, in the order the hotline bar shows them */
  featuredHotlines: string[];
  translations: Localized<{
    siteName: string;
    tagline: string;
    legalDisclaimer: string;
    safetyNotice: string;
    /** Who reads a consultation request, and what the organisation never does with one. */
    requestPolicy: string;
    /** How soon staff answer a written request: never a promise the organisation has not made. */
    requestResponseTime: string;
    footer: string;
  }>;
}
