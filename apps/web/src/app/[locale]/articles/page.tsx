import type { ArticleSummary, Topic, WithFallback } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-list';
import { Link } from '@/components/link';
import { content } from '@/lib/content/cms';
import { listWithFallbacks, newestFirst } from '@/lib/content/list-fallbacks';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { pageLocale } from '@/lib/content/page-locale';
import { firstParam, type SearchParams } from '@/lib/search/search-params';
import { siteUrl } from '@/lib/urls/site-urls';
import styles from './page.module.css';

// Driven by its query (GET parameters), so rendered per request; the data it reads is cached.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

/** The topic a visitor filtered by, if it is one that exists; any other value shows all articles. */
async function selectedTopic(
  locale: Locale,
  searchParams: Promise<SearchParams>,
): Promise<{
  topics: Topic[];
  topic: Topic | undefined;
}> {
  const slug = firstParam((await searchParams).topic);
  const topics = await content.getTopics({ locale });
  return { topics, topic: slug ? topics.find((candidate) => candidate.slug === slug) : undefined };
}

/**
 * Topic slugs differ per locale, so a default-locale fallback list is filtered by the same topic
 * document's default-locale slug.
 */
async function articlesFor(locale: Locale, topic: Topic | undefined): Promise<WithFallback<ArticleSummary>[]> {
  if (!topic) return listWithFallbacks(locale, (l) => content.getArticles({ locale: l }));
  const defaultTopic =
    locale === defaultLocale ? topic : (await content.getTopics({ locale: defaultLocale })).find((t) => t.documentId === topic.documentId);
  return listWithFallbacks(locale, async (l) => {
    const slug = l === locale ? topic.slug : defaultTopic?.slug;
    return slug ? content.getArticles({ locale: l, topic: slug }) : [];
  });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, { topic }] = await Promise.all([getTranslations({ locale, namespace: 'ArticlesPage' }), selectedTopic(locale, searchParams)]);
  return {
    title: topic ? t('topicTitle', { topic: topic.name }) : t('title'),
    description: topic?.description || t('description'),
    alternates: {
      ...pageAlternates(locale, '/articles'),
      types: { 'application/atom+xml': siteUrl(`/${locale}/feed.xml`) },
    },
  };
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, { topics, topic }] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticlesPage' }),
    selectedTopic(locale, searchParams),
  ]);
  const articles = newestFirst(await articlesFor(locale, topic));

  return (
    <>
      <h1>{topic ? t('topicTitle', { topic: topic.name }) : t('title')}</h1>
      {topic?.description ? <p>{topic.description}</p> : <p>{t('description')}</p>}

      {topics.length > 0 && (
        <nav className={styles.topics} aria-label={t('topicsLabel')}>
          <ul>
            <li>
              <Link href="/articles" aria-current={topic ? undefined : 'page'}>
                {t('allTopics')}
              </Link>
            </li>
            {topics.map((candidate) => (
              <li key={candidate.documentId}>
                <Link
                  href={{ pathname: '/articles', query: { topic: candidate.slug } }}
                  aria-current={candidate.documentId === topic?.documentId ? 'page' : undefined}
                >
                  {candidate.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {articles.length > 0 ? <ArticleList entries={articles} locale={locale} /> : <p>{t('empty')}</p>}

      <p className={styles.feed}>
        <a href={`/${locale}/feed.xml`} type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
    </>
  );
}
