import { resourceKinds } from '@haven/content';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResourceCard } from '@/components/resource-card';
import { Link } from '@/components/link';
import { content } from '@/lib/content/cms';
import { languageOptions } from '@/lib/language/language-names';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { notFoundPage } from '@/lib/content/not-found-page';
import { pageLocale } from '@/lib/content/page-locale';
import {
  directoryQuery,
  hasFilters,
  parseDirectoryPage,
  parseResourceFilters,
  resourceFilterOptions,
} from '@/lib/resources/directory-filters';
import type { SearchParams } from '@/lib/search/search-params';
import { localizedPath } from '@/lib/urls/site-urls';
import styles from './page.module.css';

// Driven by its query (GET parameters), so rendered per request; the data it reads is cached.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResourcesPage' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates(locale, '/resources') };
}

export default async function ResourcesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, tKind, facets, query] = await Promise.all([
    getTranslations({ locale, namespace: 'ResourcesPage' }),
    getTranslations({ locale, namespace: 'ResourceKind' }),
    content.getResourceFacets({ locale }),
    searchParams,
  ]);
  const options = resourceFilterOptions(facets, locale);
  const filters = parseResourceFilters(query, options);
  const directory = await content.getResourceDirectory({ locale, filters, page: parseDirectoryPage(query) });
  // A page past the end of the list is a broken link, not an empty directory.
  if (directory.page > Math.max(directory.pageCount, 1)) notFoundPage(locale);

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>

      <form className={styles.filters} method="get" action={localizedPath(locale, '/resources')} aria-labelledby="resource-filters">
        <h2 id="resource-filters" className={styles.filtersHeading}>
          {t('filtersHeading')}
        </h2>
        <div className={styles.field}>
          <label htmlFor="filter-kind">{t('kind')}</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ''}>
            <option value="">{t('anyKind')}</option>
            {resourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </div>
        {options.counties.length > 0 && (
          <div className={styles.field}>
            <label htmlFor="filter-county">{t('county')}</label>
            <select id="filter-county" name="county" defaultValue={filters.county ?? ''}>
              <option value="">{t('anyCounty')}</option>
              {options.counties.map((county) => (
                <option key={county} value={county}>
                  {county}
                </option>
              ))}
            </select>
          </div>
        )}
        {options.languages.length > 0 && (
          <div className={styles.field}>
            <label htmlFor="filter-language">{t('language')}</label>
            <select id="filter-language" name="language" defaultValue={filters.language ?? ''}>
              <option value="">{t('anyLanguage')}</option>
              {languageOptions(options.languages, locale).map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={styles.checkbox}>
          <input id="filter-open24x7" type="checkbox" name="open24x7" value="1" defaultChecked={filters.open24x7 === true} />
          <label htmlFor="filter-open24x7">{t('open24x7')}</label>
        </div>
        <div className={styles.actions}>
          <button type="submit">{t('submit')}</button>
          {hasFilters(filters) && <Link href="/resources">{t('clear')}</Link>}
        </div>
      </form>

      <h2 className={styles.count}>{t('count', { count: directory.total })}</h2>
      {directory.entries.length > 0 ? (
        <ul className={styles.results}>
          {directory.entries.map((entry) => (
            <ResourceCard key={entry.item.documentId} entry={entry} locale={locale} headingLevel={3} />
          ))}
        </ul>
      ) : (
        <p>{hasFilters(filters) ? t('noResults') : t('empty')}</p>
      )}
      {directory.pageCount > 1 && (
        <nav className={styles.pages} aria-label={t('pages')}>
          {directory.page > 1 && (
            <Link href={{ pathname: '/resources', query: directoryQuery(filters, directory.page - 1) }} rel="prev">
              {t('previousPage')}
            </Link>
          )}
          <span aria-current="page">{t('pageOf', { page: directory.page, pageCount: directory.pageCount })}</span>
          {directory.page < directory.pageCount && (
            <Link href={{ pathname: '/resources', query: directoryQuery(filters, directory.page + 1) }} rel="next">
              {t('nextPage')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
