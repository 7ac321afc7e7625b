import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FaqItem } from '@/components/faq-item';
import { JsonLd } from '@/components/json-ld';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { groupFaqsByTopic } from '@/lib/content/faq-groups';
import { listWithFallbacks } from '@/lib/content/list-fallbacks';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { pageLocale } from '@/lib/content/page-locale';
import { localizedUrl } from '@/lib/urls/site-urls';
import { faqPageStructuredData } from '@/lib/feeds/structured-data';
import styles from './page.module.css';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'FaqPage' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates(locale, '/faq') };
}

export default async function FaqPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, entries] = await Promise.all([
    getTranslations({ locale, namespace: 'FaqPage' }),
    listWithFallbacks(locale, (l) => content.getFaqs({ locale: l })),
  ]);
  const groups = groupFaqsByTopic(entries);
  // Structured data describes the page in its own language only.
  const translated = entries.filter((entry) => !entry.isFallback).map((entry) => entry.item);

  return (
    <>
      {translated.length > 0 && <JsonLd data={faqPageStructuredData({ faqs: translated, locale, url: localizedUrl(locale, '/faq') })} />}
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      {groups.length === 0 && <p>{t('empty')}</p>}
      {groups.map((group, index) => (
        <section key={group.key} className={styles.group} aria-labelledby={`faq-group-${index}`}>
          <h2 id={`faq-group-${index}`} {...(group.topic ? contentLanguageProps(group.topicLocale, locale) : {})}>
            {group.topic?.name ?? t('otherQuestions')}
          </h2>
          {group.entries.map((entry) => (
            <FaqItem key={entry.item.documentId} entry={entry} locale={locale} />
          ))}
        </section>
      ))}
    </>
  );
}
