import { localeCodes } from '@haven/i18n';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/link';
import { routing } from '@/i18n/routing';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { getShellSettings } from '@/lib/content/site-settings';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: pageAlternates(locale, '/about'),
  };
}

export default async function AboutPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'AboutPage' }), getShellSettings(locale)]);

  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <h2>{t('whoHeading')}</h2>
      <p>{t('who')}</p>

      <h2>{t('languagesHeading')}</h2>
      <p>{t('languages', { count: localeCodes.length })}</p>

      <h2>{t('disclaimerHeading')}</h2>
      <p>{t('notLegalAdvice')}</p>
      {settings.legalDisclaimer && <p style={{ whiteSpace: 'pre-line' }}>{settings.legalDisclaimer}</p>}

      <h2>{t('privacyHeading')}</h2>
      <p>{t('privacy')}</p>
      <p>
        <Link href="/safety">{t('safetyLink')}</Link>
      </p>
    </article>
  );
}
