import { defaultLocale, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/language/language-names';
import styles from './notice.module.css';

/** Shown, in the visitor's language, above a page that is not translated into it yet. */
export async function FallbackNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'FallbackNotice' });
  return (
    <p className={styles.notice} role="note">
      {t('message', {
        language: languageName(locale, locale),
        defaultLanguage: languageName(defaultLocale, locale),
      })}
    </p>
  );
}
