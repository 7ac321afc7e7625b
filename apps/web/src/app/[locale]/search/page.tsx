import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-list';
import { FaqItem } from '@/components/faq-item';
import { ResourceCard } from '@/components/resource-card';
import { content } from '@/lib/content/cms';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { pageLocale } from '@/lib/content/page-locale';
import { firstParam, type SearchParams } from '@/lib/search/search-params';
import { maxQueryLength, parseSearchQuery } from '@/lib/search/search-query';
import { localizedPath } from '@/lib/urls/site-urls';
import { withoutInvisibleControls } from '@/lib/security/visible-text';
import styles from './page.module.css';

// Driven by its query (GET parameters), so rendered per request; the data it reads is cached.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

const notFallback = <T,>(item: T) => ({ item, isFallback: false });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: pageAlternates(locale, '/search'),
    // Result pages are endless variations of other pages.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'SearchPage' }), searchParams]);
  const parsed = parseSearchQuery(query.q);
  const results = parsed.kind === 'ok' ? await content.search({ locale, query: parsed.query }) : null;
  const total = results ? results.articles.length + results.resources.length + results.faqs.length : 0;
  // Give back what was typed (cut to the limit) so it can be corrected.
  const typed =
    parsed.kind === 'ok' ? parsed.query : [...withoutInvisibleControls(firstParam(query.q) ?? '').trim()].slice(0, maxQueryLength).join('');

  return (
    <>
      <h1>{t('title')}</h1>
      <form className={styles.form} method="get" action={localizedPath(locale, '/search')} role="search">
        <label htmlFor="search-q">{t('label')}</label>
        <div className={styles.row}>
          <input id="search-q" type="search" name="q" defaultValue={typed} maxLength={maxQueryLength} />
          <button type="submit">{t('submit')}</button>
        </div>
      </form>

      {parsed.kind === 'empty' && <p>{t('prompt')}</p>}

      {parsed.kind === 'too-long' && (
        <p className={styles.error} role="alert">
          {t('tooLong', { max: parsed.maxLength })}
        </p>
      )}

      {parsed.kind === 'ok' && results && (
        <>
          <p className={styles.summary}>
            {t('resultsFor', { query: parsed.query })} · {t('count', { count: total })}
          </p>
          {total === 0 && <p>{t('noResults')}</p>}

          {results.articles.length > 0 && (
            <section className={styles.group} aria-labelledby="results-articles">
              <h2 id="results-articles">{t('articles', { count: results.articles.length })}</h2>
              <ArticleList entries={results.articles.map(notFallback)} locale={locale} headingLevel={3} />
            </section>
          )}

          {results.resources.length > 0 && (
            <section className={styles.group} aria-labelledby="results-resources">
              <h2 id="results-resources">{t('resources', { count: results.resources.length })}</h2>
              <ul className={styles.list}>
                {results.resources.map((resource) => (
                  <ResourceCard key={resource.documentId} entry={notFallback(resource)} locale={locale} headingLevel={3} />
                ))}
              </ul>
            </section>
          )}

          {results.faqs.length > 0 && (
            <section className={styles.group} aria-labelledby="results-faqs">
              <h2 id="results-faqs">{t('faqs', { count: results.faqs.length })}</h2>
              {results.faqs.map((faq) => (
                <FaqItem key={faq.documentId} entry={notFallback(faq)} locale={locale} />
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
