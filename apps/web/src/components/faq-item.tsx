import type { Faq, WithFallback } from '@haven/content';
import { defaultLocale, getDirection, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { contentLanguageProps } from '@/lib/content/content-language';
import { languageName } from '@/lib/language/language-names';
import { RichText } from './rich-text';
import { OutdatedTranslationNotice } from './outdated-translation-notice';
import { TranslationStatusNotice } from './translation-status-notice';
import styles from './faq-item.module.css';

/** A question that opens to its answer without JavaScript. */
export async function FaqItem({ entry: { item: faq, isFallback }, locale }: { entry: WithFallback<Faq>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'FaqItem' });
  return (
    <details className={styles.faq} id={`faq-${faq.documentId}`}>
      <summary className={styles.question}>
        <span {...contentLanguageProps(faq.locale, locale)}>{faq.question}</span>
        {isFallback && (
          <span className={styles.language} lang={locale} dir={getDirection(locale)}>
            {' '}
            ({t('inLanguage', { language: languageName(defaultLocale, locale) })})
          </span>
        )}
      </summary>
      <div className={styles.answer}>
        <OutdatedTranslationNotice outdatedSince={faq.outdatedSince} original="/faq" locale={locale} />
        <TranslationStatusNotice status={faq.translationStatus} locale={locale} />
        <div {...contentLanguageProps(faq.locale, locale)}>
          <RichText content={faq.answer} locale={faq.locale} />
        </div>
      </div>
    </details>
  );
}
