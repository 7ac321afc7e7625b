import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { ResourceCard } from '@/components/resource-card';
import { content } from '@/lib/content/cms';
import { pageLocale } from '@/lib/content/page-locale';
import { getShellSettings } from '@/lib/content/site-settings';
import { embedAddress, filterFromSegment } from '@/lib/embed/embed-paths';
import { directoryQuery, parseResourceFilters, resourceFilterOptions } from '@/lib/resources/directory-filters';
import { localizedPath } from '@/lib/urls/site-urls';
import styles from '../../../embed.module.css';

// Generated on first request for each county and kind, then cached until a publish revalidates it.
export function generateStaticParams(): { county: string; kind: string }[] {
  return [];
}

interface Props {
  params: Promise<{ locale: string; county: string; kind: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ResourcesPage' });
  return { title: t('title') };
}

/**
 * Services for partner sites (/embed/resources?lang=&county=&kind=): the first page of the
 * directory with those filters, each opening in the partner's whole window, and the full list.
 */
export default async function ResourcesEmbed({ params }: Props) {
  const locale = await pageLocale(params);
  const segments = await params;
  const asked = { county: filterFromSegment(segments.county), kind: filterFromSegment(segments.kind) };
  const [t, tEmbed, tMetadata, settings, facets] = await Promise.all([
    getTranslations({ locale, namespace: 'ResourcesPage' }),
    getTranslations({ locale, namespace: 'Embed' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getShellSettings(locale),
    content.getResourceFacets({ locale }),
  ]);
  const filters = parseResourceFilters(asked, resourceFilterOptions(facets, locale));
  // A county or kind the directory does not offer is left out, as the directory does, and under
  // the address without it: made-up filters never each become a cached page.
  if (filters.county !== asked.county || filters.kind !== asked.kind) redirect(embedAddress('resources', locale, filters));

  const directory = await content.getResourceDirectory({ locale, filters, page: 1 });
  const query = new URLSearchParams(directoryQuery(filters, 1)).toString();
  const fullList = `${localizedPath(locale, '/resources')}${query ? `?${query}` : ''}`;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('count', { count: directory.total })}</p>
      {directory.entries.length > 0 ? (
        <ul className={styles.list}>
          {directory.entries.map((entry) => (
            <ResourceCard key={entry.item.documentId} entry={entry} locale={locale} linkTarget="_top" />
          ))}
        </ul>
      ) : (
        <p>{t('noResults')}</p>
      )}
      <p>
        <a href={fullList} target="_top">
          {tEmbed('seeAll', { siteName: settings.siteName ?? tMetadata('siteName') })}
        </a>
      </p>
    </>
  );
}
