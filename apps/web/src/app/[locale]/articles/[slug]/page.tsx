import type { Article } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { FallbackNotice } from '@/components/fallback-notice';
import { ShareLinks } from '@/components/share-links';
import { JsonLd } from '@/components/json-ld';
import { RichText } from '@/components/rich-text';
import { OutdatedTranslationNotice } from '@/components/outdated-translation-notice';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { Link } from '@/components/link';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { documentSlugs } from '@/lib/urls/document-locales';
import { findWithFallback } from '@/lib/content/fallback';
import { formatDate } from '@/lib/language/format-date';
import { documentAlternates } from '@/lib/urls/page-metadata';
import { pageLocale, pageSlug } from '@/lib/content/page-locale';
import { redirectRenamedOrNotFound } from '@/lib/content/renamed-or-not-found';
import { toSafeHref } from '@/lib/security/safe-url';
import { getSettingsWithFallback } from '@/lib/content/site-settings';
import { localizedUrl } from '@/lib/urls/site-urls';
import { articleStructuredData } from '@/lib/feeds/structured-data';
import styles from '../../detail-page.module.css';

// Generated on a visitor's first request and then served from the cache until a publish revalidates its tags.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

const pathname = '/articles/[slug]';

const findArticle = cache((locale: Locale, slug: string) => findWithFallback(locale, (l) => content.getArticle({ locale: l, slug })));

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const slug = pageSlug((await params).slug, locale);
  const found = await findArticle(locale, slug);
  if (found.kind === 'not-found') return await redirectRenamedOrNotFound('article', locale, slug);
  return { locale, article: found.document, isFallback: found.kind === 'fallback' };
}

function articleUrl(article: Article): string {
  return localizedUrl(article.locale, { pathname, params: { slug: article.slug } });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, isFallback } = await load(params);
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.summary,
    alternates: documentAlternates({ pathname, slugs: documentSlugs(article), canonicalLocale: article.locale }),
    ...(isFallback ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article, isFallback } = await load(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'ArticlePage' }), getSettingsWithFallback(locale)]);
  const lang = contentLanguageProps(article.locale, locale);
  const reviewedOn = formatDate(article.legallyReviewedOn, locale);
  const updatedOn = formatDate(article.updatedAt ?? article.publishedAt, locale);
  const originalSlug = documentSlugs(article)[defaultLocale];

  return (
    <>
      <JsonLd
        data={articleStructuredData({
          article,
          url: articleUrl(article),
          siteName: settings?.siteName || null,
          siteUrl: localizedUrl(locale, '/'),
        })}
      />

      {isFallback && <FallbackNotice locale={locale} />}
      {originalSlug && (
        <OutdatedTranslationNotice
          outdatedSince={article.outdatedSince}
          original={{ pathname, params: { slug: originalSlug } }}
          locale={locale}
        />
      )}
      <TranslationStatusNotice status={article.translationStatus} locale={locale} />

      <article className={styles.document}>
        <header {...lang}>
          <h1>{article.title}</h1>
          {article.summary && <p className={styles.summary}>{article.summary}</p>}
        </header>

        <ul className={styles.facts}>
          {article.jurisdiction && <li>{t('jurisdiction', { jurisdiction: article.jurisdiction })}</li>}
          <li>
            {reviewedOn && article.reviewedBy
              ? t('reviewedOnBy', { date: reviewedOn, reviewer: article.reviewedBy })
              : reviewedOn
                ? t('reviewedOn', { date: reviewedOn })
                : t('notReviewed')}
          </li>
          {updatedOn && <li>{t('updated', { date: updatedOn })}</li>}
        </ul>

        <div {...lang}>
          <RichText content={article.body} locale={article.locale} />
        </div>

        {article.sources.length > 0 && (
          <section className={styles.section} aria-labelledby="article-sources">
            <h2 id="article-sources">{t('sources')}</h2>
            <ul {...lang}>
              {article.sources.map((source, index) => {
                const href = toSafeHref(source.url);
                return (
                  <li key={`${index}-${source.url}`}>
                    {href ? (
                      <a href={href} rel="noreferrer">
                        {source.label || source.url}
                      </a>
                    ) : (
                      source.label
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        {article.topics.length > 0 && (
          <section className={styles.section} aria-labelledby="article-topics">
            <h2 id="article-topics">{t('topics')}</h2>
            <ul className={styles.inlineList} {...lang}>
              {article.topics.map((topic) => (
                <li key={topic.documentId}>
                  {/* A fallback article's topics have default-locale slugs, unknown to this locale's index. */}
                  {isFallback ? topic.name : <Link href={{ pathname: '/articles', query: { topic: topic.slug } }}>{topic.name}</Link>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className={styles.section}>
          <Link href="/request-help">{t('requestHelp')}</Link>
        </p>
      </article>

      <ShareLinks documentId={article.documentId} title={article.title} locale={locale} />

      <p className={styles.back}>
        <Link href="/articles">{t('allArticles')}</Link>
      </p>
    </>
  );
}
