import { defaultLocale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { Link } from '@/components/link';
import { getSettingsWithFallback } from '@/lib/content/site-settings';
import { pageLocale } from '@/lib/content/page-locale';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RequestSentPage' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** After a request is stored: what happens next, and nothing of what was written. */
export default async function RequestSentPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'RequestSentPage' }), getSettingsWithFallback(locale)]);
  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      {/* The page's words in other languages are Haven's own drafts, not yet reviewed. */}
      <TranslationStatusNotice status={locale === defaultLocale ? 'original' : 'draft_translation'} locale={locale} />
      <p>{t('next')}</p>
      {settings?.requestResponseTime && <p>{settings.requestResponseTime}</p>}
      <p>{t('noCopy')}</p>
      <p>{t('emergency')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </article>
  );
}
