import type { Metadata } from 'next';
import { searchLimits } from '@haven/content';
import { getTranslations } from 'next-intl/server';
import { SearchHitItem } from '@/components/search-hit';
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
  const total = results?.hits.length ?? 0;
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
      {parsed.kind === 'no-words' && (
        <p className={styles.error} role="alert">
          {t('noWords')}
        </p>
      )}
      {parsed.kind === 'mixed-alphabets' && (
        <p className={styles.error} role="alert">
          {t('mixedAlphabets')}
        </p>
      )}

      {parsed.kind === 'ok' && results && (
        <>
          <p className={styles.summary}>
            {t('resultsFor', { query: parsed.query })} · {t('count', { count: total })}
          </p>
          {parsed.controlsRemoved && <p role="note">{t('controlsRemoved')}</p>}
          {total === 0 && <p>{t('noResults')}</p>}
          {results.partial && total > 0 && <p role="note">{t('partial')}</p>}
          {total > 0 && (
            <ol className={styles.list}>
              {results.hits.map((hit) => (
                <SearchHitItem key={`${hit.type}:${hit.documentId}`} hit={hit} locale={locale} />
              ))}
            </ol>
          )}
          {/* The CMS gives the best few only: more would be a scroll nobody reads, and costs it more. */}
          {total >= searchLimits.maxHits && <p role="note">{t('capped', { max: searchLimits.maxHits })}</p>}
        </>
      )}
    </>
  );
}
