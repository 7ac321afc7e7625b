import type { SearchHit, SearchSegment } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { contentLanguageProps } from '@/lib/content/content-language';
import { languageName } from '@/lib/language/language-names';
import { localizedPath } from '@/lib/urls/site-urls';
import styles from './search-hit.module.css';

const typeLabels = { article: 'typeArticle', resource: 'typeResource', faq: 'typeFaq' } as const;

/** Text with the words the search matched in <mark>. */
function Marked({ segments }: { segments: SearchSegment[] }) {
  return segments.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text));
}

/** Where a result lives: an article's or resource's page, an FAQ's question on the FAQ page (a document missing in the page's locale is shown there in the default one). */
function hrefOf(hit: SearchHit, locale: Locale): string {
  if (hit.type === 'article') return localizedPath(locale, { pathname: '/articles/[slug]', params: { slug: hit.slug } });
  if (hit.type === 'resource') return localizedPath(locale, { pathname: '/resources/[slug]', params: { slug: hit.slug } });
  return `${localizedPath(locale, '/faq')}#faq-${hit.documentId}`;
}

/** One search result: its type, its title (linked), a snippet around the match, and its language when it is not the page's. */
export async function SearchHitItem({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const lang = contentLanguageProps(hit.locale, locale);
  return (
    <li className={styles.hit}>
      <p className={styles.type}>
        {t(typeLabels[hit.type])}
        {hit.locale !== locale && ` · ${t('inLanguage', { language: languageName(hit.locale, locale) })}`}
      </p>
      <h2 className={styles.title} {...lang}>
        <a href={hrefOf(hit, locale)}>
          <Marked segments={hit.title} />
        </a>
      </h2>
      {hit.snippet.length > 0 && (
        <p className={styles.snippet} {...lang}>
          <Marked segments={hit.snippet} />
        </p>
      )}
    </li>
  );
}
