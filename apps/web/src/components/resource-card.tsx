import type { Resource, WithFallback } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { contentLanguageProps } from '@/lib/content/content-language';
import { languageName } from '@/lib/language/language-names';
import { ResourceBadges } from './resource-badges';
import { ResourceContactLinks } from './resource-contact-links';
import styles from './content-list.module.css';

/** A resource in the directory or in search results, with one-tap call and text links. */
export async function ResourceCard({
  entry: { item: resource, isFallback },
  locale,
  headingLevel = 2,
  linkTarget,
}: {
  entry: WithFallback<Resource>;
  locale: Locale;
  headingLevel?: 2 | 3;
  /** '_top' in an embed: the page opens in the partner's whole window, not inside the frame. */
  linkTarget?: '_top';
}) {
  const [t, tKind] = await Promise.all([
    getTranslations({ locale, namespace: 'ResourceCard' }),
    getTranslations({ locale, namespace: 'ResourceKind' }),
  ]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lang = contentLanguageProps(resource.locale, locale);
  return (
    <li className={styles.item}>
      <Heading className={styles.title} {...lang}>
        <Link href={{ pathname: '/resources/[slug]', params: { slug: resource.slug } }} target={linkTarget}>
          {resource.name}
        </Link>
      </Heading>
      <p className={styles.meta}>
        {tKind(resource.kind)}
        {isFallback && ` · ${t('inLanguage', { language: languageName(defaultLocale, locale) })}`}
      </p>
      {resource.description && (
        <p className={styles.excerpt} {...lang}>
          {resource.description}
        </p>
      )}
      <ResourceBadges resource={resource} locale={locale} />
      <ResourceContactLinks resource={resource} locale={locale} channels={['phone', 'sms']} />
    </li>
  );
}
