import type { ArticleSummary, WithFallback } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { contentLanguageProps } from '@/lib/content/content-language';
import { formatDate } from '@/lib/language/format-date';
import { languageName } from '@/lib/language/language-names';
import styles from './content-list.module.css';

/** Articles as a list of linked titles with summaries; untranslated ones say which language they are in. */
export async function ArticleList({
  entries,
  locale,
  headingLevel = 2,
}: {
  entries: readonly WithFallback<ArticleSummary>[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: 'ArticleList' });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className={styles.list}>
      {entries.map(({ item: article, isFallback }) => {
        const lang = contentLanguageProps(article.locale, locale);
        const published = formatDate(article.publishedAt ?? article.updatedAt, locale);
        return (
          <li key={article.documentId} className={styles.item}>
            <Heading className={styles.title} {...lang}>
              <Link href={{ pathname: '/articles/[slug]', params: { slug: article.slug } }}>{article.title}</Link>
            </Heading>
            {isFallback && <p className={styles.meta}>{t('inLanguage', { language: languageName(defaultLocale, locale) })}</p>}
            {article.summary && <p {...lang}>{article.summary}</p>}
            {published && (
              <p className={styles.meta}>
                <time dateTime={article.publishedAt ?? article.updatedAt ?? undefined}>{t('published', { date: published })}</time>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
