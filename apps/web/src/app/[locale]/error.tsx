'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import { getFallbackHotlines } from '@/lib/fallback-hotlines';
import styles from '@/components/status-page.module.css';

// The hotlines here are built in: this page shows when the CMS may be down.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useLocale();
  const t = useTranslations('ErrorPage');
  const tHotline = useTranslations('HotlineBar');
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <button type="button" className={styles.retry} onClick={() => retry()}>
          {t('retry')}
        </button>
      </p>
      <h2 className={styles.helpHeading}>{t('help')}</h2>
      <HotlineList
        hotlines={getFallbackHotlines(locale)}
        callLabel={(phone) => tHotline.rich('call', { phone, number })}
        textLabel={(phone) => tHotline.rich('text', { phone, number })}
      />
    </div>
  );
}
