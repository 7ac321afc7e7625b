import { defaultLocale, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { formatDate } from '@/lib/language/format-date';
import { languageName } from '@/lib/language/language-names';
import type { Href } from '@/lib/urls/site-urls';
import styles from './notice.module.css';

interface Props {
  /** When the original changed after this translation was made; nothing is shown while it is null. */
  outdatedSince: string | null;
  /** The original (default-language) version of the same page. */
  original: Href;
  locale: Locale;
}

/**
 * Tells readers, in their language, that the original changed after this translation was made
 * (a deadline or an amount may differ), when, and where to read the original.
 */
export async function OutdatedTranslationNotice({ outdatedSince, original, locale }: Props) {
  const date = formatDate(outdatedSince, locale);
  if (!date) return null;
  const t = await getTranslations({ locale, namespace: 'OutdatedTranslation' });
  return (
    <p className={styles.notice} role="note" data-notice="outdated-translation">
      {t.rich('message', {
        date,
        language: languageName(defaultLocale, locale),
        link: (chunks) => (
          <Link href={original} locale={defaultLocale} hrefLang={defaultLocale}>
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
