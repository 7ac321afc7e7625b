import { defaultLocale, isLocale, type Locale } from '@haven/i18n';
import { defaultReviewIntervals } from './contract';
import type {
  Article,
  ArticleSummary,
  Faq,
  Localization,
  Resource,
  RichText,
  SiteSettings,
  Source,
  Topic,
  TopicSummary,
  TranslationStatus,
} from './domain';
import type {
  ArticleFieldsFragment,
  ArticleSummaryFieldsFragment,
  FaqFieldsFragment,
  ResourceFieldsFragment,
  SiteSettingsQuery,
  TopicFieldsFragment,
  TopicSummaryFieldsFragment,
} from './generated/graphql';

/** Pure mappers from the CMS's GraphQL shapes (`Cms*`) to Haven's domain types. */
export type CmsArticleSummary = ArticleSummaryFieldsFragment;
export type CmsArticle = ArticleFieldsFragment;
export type CmsResource = ResourceFieldsFragment;
export type CmsFaq = FaqFieldsFragment;
export type CmsTopic = TopicFieldsFragment;
export type CmsSiteSettings = NonNullable<SiteSettingsQuery['siteSetting']>;

const present = <T>(items: readonly (T | null | undefined)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null && item !== undefined);

const toLocale = (value: string | null | undefined): Locale => (isLocale(value) ? value : defaultLocale);

const toRichText = (value: unknown): RichText => (Array.isArray(value) ? value : []);

export const toStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const toTranslationStatus = (value: string | null | undefined): TranslationStatus =>
  value === 'draft_translation' || value === 'reviewed_translation' ? value : 'original';

export function toLocalizations(items: readonly ({ locale: string | null; slug: string } | null)[]): Localization[] {
  return present(items).flatMap((item) => (isLocale(item.locale) ? [{ locale: item.locale, slug: item.slug }] : []));
}

export function toTopicSummary(cms: TopicSummaryFieldsFragment): TopicSummary {
  return { documentId: cms.documentId, name: cms.name, slug: cms.slug };
}

export function toTopic(cms: CmsTopic): Topic {
  return { ...toTopicSummary(cms), locale: toLocale(cms.locale), description: cms.description ?? '' };
}

export function toArticleSummary(cms: CmsArticleSummary): ArticleSummary {
  return {
    documentId: cms.documentId,
    locale: toLocale(cms.locale),
    title: cms.title,
    slug: cms.slug,
    summary: cms.summary ?? '',
    topics: present(cms.topics).map(toTopicSummary),
    publishedAt: cms.publishedAt,
    updatedAt: cms.updatedAt,
  };
}

export function toArticle(cms: CmsArticle): Article {
  return {
    ...toArticleSummary(cms),
    body: toRichText(cms.body),
    jurisdiction: cms.jurisdiction,
    legallyReviewedOn: cms.legallyReviewedOn,
    reviewedBy: cms.reviewedBy,
    sources: present(cms.sources).map((source): Source => ({ label: source.label, url: source.url })),
    seoTitle: cms.seoTitle,
    seoDescription: cms.seoDescription,
    translationStatus: toTranslationStatus(cms.translationStatus),
    outdatedSince: cms.outdatedSince ?? null,
    localizations: toLocalizations(cms.localizations),
  };
}

export function toResource(cms: CmsResource): Resource {
  return {
    documentId: cms.documentId,
    locale: toLocale(cms.locale),
    name: cms.name,
    slug: cms.slug,
    description: cms.description ?? '',
    kind: cms.kind,
    phone: cms.phone,
    sms: cms.sms,
    tty: cms.tty,
    email: cms.email,
    website: cms.website,
    hoursText: cms.hoursText,
    open24x7: cms.open24x7,
    free: cms.free,
    confidential: cms.confidential,
    counties: toStrings(cms.counties),
    languagesSpoken: toStrings(cms.languagesSpoken),
    lastVerifiedOn: cms.lastVerifiedOn,
    translationStatus: toTranslationStatus(cms.translationStatus),
    outdatedSince: cms.outdatedSince ?? null,
    localizations: toLocalizations(cms.localizations),
  };
}

export function toFaq(cms: CmsFaq): Faq {
  return {
    documentId: cms.documentId,
    locale: toLocale(cms.locale),
    question: cms.question,
    answer: toRichText(cms.answer),
    topic: cms.topic ? toTopicSummary(cms.topic) : null,
    order: cms.order ?? 0,
    translationStatus: toTranslationStatus(cms.translationStatus),
    outdatedSince: cms.outdatedSince ?? null,
  };
}

export function toSiteSettings(cms: CmsSiteSettings): SiteSettings {
  return {
    locale: toLocale(cms.locale),
    siteName: cms.siteName,
    tagline: cms.tagline ?? '',
    quickExitUrl: cms.quickExitUrl,
    legalDisclaimer: cms.legalDisclaimer ?? '',
    safetyNotice: cms.safetyNotice ?? '',
    requestPolicy: cms.requestPolicy ?? '',
    requestResponseTime: cms.requestResponseTime ?? '',
    resourceCheckMonths: cms.resourceCheckMonths ?? defaultReviewIntervals.resourceCheckMonths,
    footer: cms.footer ?? '',
    featuredHotlines: present(cms.featuredHotlines).map(toResource),
  };
}
