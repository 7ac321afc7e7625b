import type { Resource } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import styles from './resource-badges.module.css';

export async function ResourceBadges({ resource, locale }: { resource: Resource; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ResourceBadges' });
  const badges = [
    ...(resource.open24x7 ? [t('open24x7')] : []),
    ...(resource.free ? [t('free')] : []),
    ...(resource.confidential ? [t('confidential')] : []),
  ];
  if (badges.length === 0) return null;
  return (
    <ul className={styles.badges} aria-label={t('label')}>
      {badges.map((badge) => (
        <li key={badge} className={styles.badge}>
          {badge}
        </li>
      ))}
    </ul>
  );
}
