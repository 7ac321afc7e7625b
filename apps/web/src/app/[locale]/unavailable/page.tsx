import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import styles from '@/components/status-page.module.css';
import { getFallbackHotlines } from '@/lib/content/fallback-hotlines';
import { pageLocale } from '@/lib/content/page-locale';
import { safeReturnPath } from '@/lib/urls/unavailable-path';

// Driven by its query (GET parameters), so rendered per request; the data it reads is cached.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ErrorPage' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * Where pages send a visitor when the CMS cannot answer and nothing is cached. It reads nothing
 * from the CMS: the hotlines were captured when the site was built. Complete without JavaScript.
 */
export default async function UnavailablePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const from = (await searchParams).from;
  const back = safeReturnPath(Array.isArray(from) ? from[0] : from);
  const [t, tHotline] = await Promise.all([
    getTranslations({ locale, namespace: 'ErrorPage' }),
    getTranslations({ locale, namespace: 'HotlineBar' }),
  ]);
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      {back && (
        <p>
          <a className={styles.retry} href={back}>
            {t('retry')}
          </a>
        </p>
      )}
      <h2 className={styles.helpHeading}>{t('help')}</h2>
      <HotlineList
        hotlines={getFallbackHotlines(locale)}
        callLabel={(phone) => tHotline.rich('call', { phone, number })}
        textLabel={(phone) => tHotline.rich('text', { phone, number })}
      />
    </div>
  );
}
