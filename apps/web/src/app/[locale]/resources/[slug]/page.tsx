import { defaultReviewIntervals, type Resource } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { FallbackNotice } from '@/components/fallback-notice';
import { ShareLinks } from '@/components/share-links';
import { ResourceBadges } from '@/components/resource-badges';
import { ResourceContactLinks } from '@/components/resource-contact-links';
import { OutdatedTranslationNotice } from '@/components/outdated-translation-notice';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { Link } from '@/components/link';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { documentSlugs } from '@/lib/urls/document-locales';
import { findWithFallback } from '@/lib/content/fallback';
import { formatDate } from '@/lib/language/format-date';
import { languageName } from '@/lib/language/language-names';
import { documentAlternates } from '@/lib/urls/page-metadata';
import { pageLocale, pageSlug } from '@/lib/content/page-locale';
import { redirectRenamedOrNotFound } from '@/lib/content/renamed-or-not-found';
import { getSettingsWithFallback } from '@/lib/content/site-settings';
import { detailsNeedCheck } from '@/lib/resources/details-check';
import styles from '../../detail-page.module.css';

// Generated on a visitor's first request and then served from the cache until a publish revalidates its tags.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// Rendered again at least daily, so "call ahead to confirm" appears once a resource's check comes due.
export const revalidate = 86400;

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

const pathname = '/resources/[slug]';

const findResource = cache((locale: Locale, slug: string) => findWithFallback(locale, (l) => content.getResource({ locale: l, slug })));

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const slug = pageSlug((await params).slug, locale);
  const found = await findResource(locale, slug);
  if (found.kind === 'not-found') return await redirectRenamedOrNotFound('resource', locale, slug);
  return { locale, resource: found.document, isFallback: found.kind === 'fallback' };
}

function hasContact(resource: Resource): boolean {
  return Boolean(resource.phone || resource.sms || resource.tty || resource.email || resource.website);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, resource, isFallback } = await load(params);
  const tKind = await getTranslations({ locale, namespace: 'ResourceKind' });
  return {
    title: resource.name,
    description: resource.description.slice(0, 300) || tKind(resource.kind),
    alternates: documentAlternates({ pathname, slugs: documentSlugs(resource), canonicalLocale: resource.locale }),
    ...(isFallback ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function ResourcePage({ params }: Props) {
  const { locale, resource, isFallback } = await load(params);
  const [t, tKind, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'ResourcePage' }),
    getTranslations({ locale, namespace: 'ResourceKind' }),
    getSettingsWithFallback(locale),
  ]);
  const lang = contentLanguageProps(resource.locale, locale);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const verifiedOn = formatDate(resource.lastVerifiedOn, locale);
  const checkInterval = settings?.resourceCheckMonths ?? defaultReviewIntervals.resourceCheckMonths;
  const callAhead = detailsNeedCheck(resource.lastVerifiedOn, checkInterval, new Date().toISOString().slice(0, 10));
  const originalSlug = documentSlugs(resource)[defaultLocale];

  return (
    <>
      {isFallback && <FallbackNotice locale={locale} />}
      {originalSlug && (
        <OutdatedTranslationNotice
          outdatedSince={resource.outdatedSince}
          original={{ pathname, params: { slug: originalSlug } }}
          locale={locale}
        />
      )}
      <TranslationStatusNotice status={resource.translationStatus} locale={locale} />

      <article className={styles.document}>
        <header>
          <h1 {...lang}>{resource.name}</h1>
          <p className={styles.summary}>{tKind(resource.kind)}</p>
          <ResourceBadges resource={resource} locale={locale} />
        </header>

        {resource.description && (
          <p className={styles.description} {...lang}>
            {resource.description}
          </p>
        )}

        {hasContact(resource) && (
          <section className={styles.section} aria-labelledby="resource-contact">
            <h2 id="resource-contact">{t('contact')}</h2>
            <ResourceContactLinks resource={resource} locale={locale} size="large" />
          </section>
        )}

        {resource.hoursText && (
          <section className={styles.section} aria-labelledby="resource-hours">
            <h2 id="resource-hours">{t('hours')}</h2>
            <p className={styles.description} {...lang}>
              {resource.hoursText}
            </p>
          </section>
        )}

        {resource.counties.length > 0 && (
          <section className={styles.section} aria-labelledby="resource-counties">
            <h2 id="resource-counties">{t('counties')}</h2>
            <p {...lang}>{list.format(resource.counties)}</p>
          </section>
        )}

        {resource.languagesSpoken.length > 0 && (
          <section className={styles.section} aria-labelledby="resource-languages">
            <h2 id="resource-languages">{t('languages')}</h2>
            <p>{list.format(resource.languagesSpoken.map((code) => languageName(code, locale)))}</p>
          </section>
        )}

        <p className={styles.facts} data-details-check={callAhead ? 'due' : 'current'}>
          {[verifiedOn ? t('lastVerified', { date: verifiedOn }) : t('notVerified'), callAhead ? t('callAhead') : ''].join(' ').trim()}
        </p>
      </article>

      <ShareLinks documentId={resource.documentId} title={resource.name} locale={locale} />

      <p className={styles.back}>
        <Link href="/resources">{t('allResources')}</Link>
      </p>
    </>
  );
}
