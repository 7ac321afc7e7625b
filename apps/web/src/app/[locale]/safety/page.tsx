import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { pageAlternates } from '@/lib/urls/page-metadata';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'SafetyPage' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: pageAlternates(locale, '/safety'),
  };
}

export default async function SafetyPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SafetyPage' });

  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <h2>{t('quickExitHeading')}</h2>
      <p>{t('quickExitButton')}</p>
      <p>{t('quickExitKeys')}</p>
      <p>{t('quickExitBack')}</p>

      <h2>{t('limitsHeading')}</h2>
      <ul>
        <li>{t('limitsHistory')}</li>
        <li>{t('limitsWatching')}</li>
        <li>{t('limitsCalls')}</li>
      </ul>

      <h2>{t('historyHeading')}</h2>
      <p>{t('historyIntro')}</p>
      <ol>
        <li>{t('historyOpen')}</li>
        <li>{t('historyFind')}</li>
        <li>{t('historyDelete')}</li>
      </ol>
      <p>{t('historyMore')}</p>

      <h2>{t('privateHeading')}</h2>
      <p>{t('privateWhat')}</p>
      <p>{t('privateLimits')}</p>

      <h2>{t('deviceHeading')}</h2>
      <p>{t('deviceOther')}</p>
      <p>{t('deviceSpyware')}</p>

      <h2>{t('havenHeading')}</h2>
      <ul>
        <li>{t('havenCookies')}</li>
        <li>{t('havenOrigins')}</li>
      </ul>

      <h2>{t('dangerHeading')}</h2>
      <p>{t('danger')}</p>
    </article>
  );
}
