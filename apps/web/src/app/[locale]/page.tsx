import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { ResourceBadges } from '@/components/resource-badges';
import { ResourceContactLinks } from '@/components/resource-contact-links';
import { Link } from '@/components/link';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { listWithFallbacks, newestFirst } from '@/lib/content/list-fallbacks';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { pageLocale } from '@/lib/content/page-locale';
import { getSettingsWithFallback } from '@/lib/content/site-settings';
import { localizedUrl } from '@/lib/urls/site-urls';
import { organizationStructuredData } from '@/lib/feeds/structured-data';
import styles from './page.module.css';

interface Props {
  params: Promise<{ locale: string }>;
}

const latestCount = 5;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, tMetadata, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'HomePage' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getSettingsWithFallback(locale),
  ]);
  return {
    title: { absolute: settings?.siteName || tMetadata('siteName') },
    description: settings?.tagline || t('metaDescription'),
    alternates: pageAlternates(locale, '/'),
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, tMetadata, settings, topics, latest] = await Promise.all([
    getTranslations({ locale, namespace: 'HomePage' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getSettingsWithFallback(locale),
    content.getTopics({ locale }),
    listWithFallbacks(locale, (l) => content.getArticles({ locale: l, limit: latestCount })),
  ]);
  const siteName = settings?.siteName || tMetadata('siteName');
  const hotlines = settings?.featuredHotlines ?? [];

  return (
    <>
      <JsonLd data={organizationStructuredData({ name: siteName, url: localizedUrl(locale, '/'), hotlines })} />

      <section className={styles.intro} aria-labelledby="home-title">
        <h1 id="home-title">{siteName}</h1>
        {settings?.tagline ? (
          <p className={styles.tagline} {...contentLanguageProps(settings.locale, locale)}>
            {settings.tagline}
          </p>
        ) : (
          <p className={styles.tagline}>{t('metaDescription')}</p>
        )}
      </section>

      {hotlines.length > 0 && (
        <section className={styles.section} aria-labelledby="home-hotlines">
          <h2 id="home-hotlines">{t('hotlinesHeading')}</h2>
          <p>{t('hotlinesIntro')}</p>
          <ul className={styles.hotlines}>
            {hotlines.map((hotline) => (
              <li key={hotline.documentId} className={styles.hotline}>
                <h3 className={styles.hotlineName} {...contentLanguageProps(hotline.locale, locale)}>
                  <Link href={{ pathname: '/resources/[slug]', params: { slug: hotline.slug } }}>{hotline.name}</Link>
                </h3>
                <ResourceContactLinks resource={hotline} locale={locale} channels={['phone', 'sms', 'tty']} size="large" />
                <ResourceBadges resource={hotline} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className={styles.section}>
        <Link href="/request-help">{t('requestHelpLink')}</Link>
      </p>

      {topics.length > 0 && (
        <section className={styles.section} aria-labelledby="home-topics">
          <h2 id="home-topics">{t('topicsHeading')}</h2>
          <ul className={styles.topics}>
            {topics.map((topic) => (
              <li key={topic.documentId}>
                <Link className={styles.topic} href={{ pathname: '/articles', query: { topic: topic.slug } }}>
                  {topic.name}
                </Link>
                {topic.description && <p>{topic.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section} aria-labelledby="home-latest">
        <h2 id="home-latest">{t('latestHeading')}</h2>
        {latest.length > 0 ? (
          <ArticleList entries={newestFirst(latest).slice(0, latestCount)} locale={locale} headingLevel={3} />
        ) : (
          <p>{t('noArticles')}</p>
        )}
        <p>
          <Link href="/articles">{t('allArticles')}</Link>
        </p>
      </section>

      <nav className={styles.section} aria-labelledby="home-more">
        <h2 id="home-more">{t('moreHelpHeading')}</h2>
        <ul className={styles.more}>
          <li>
            <Link href="/resources">{t('resourcesLink')}</Link>
          </li>
          <li>
            <Link href="/faq">{t('faqLink')}</Link>
          </li>
          <li>
            <Link href="/safety">{t('safetyLink')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
