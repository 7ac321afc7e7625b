import type { TranslationStatus } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import styles from './notice.module.css';

/** Tells readers a translation has not been reviewed yet; nothing for originals and reviewed ones. */
export async function TranslationStatusNotice({ status, locale }: { status: TranslationStatus; locale: Locale }) {
  if (status !== 'draft_translation') return null;
  const t = await getTranslations({ locale, namespace: 'TranslationStatus' });
  return (
    <p className={styles.notice} role="note">
      {t('draft')}
    </p>
  );
}
