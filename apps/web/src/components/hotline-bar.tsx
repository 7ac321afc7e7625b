import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Hotline } from '@/lib/content/shell-settings';
import { HotlineList, PhoneNumber } from './hotline-list';
import { Link } from './link';
import styles from './hotline-bar.module.css';

/**
 * The featured hotlines, directly under the header on every page. On a phone it is one row: the
 * first hotline's call and text, with the others and the written request one tap further (a
 * details element, no JavaScript); wider screens list them all. Only one of the two is displayed.
 */
export async function HotlineBar({ hotlines }: { hotlines: readonly Hotline[] }) {
  const t = await getTranslations('HotlineBar');
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;
  const list = (shown: readonly Hotline[]) => (
    <HotlineList
      hotlines={shown}
      callLabel={(phone) => t.rich('call', { phone, number })}
      textLabel={(phone) => t.rich('text', { phone, number })}
    />
  );
  const write = (
    <Link className={styles.write} href="/request-help">
      {t('write')}
    </Link>
  );
  const [first, ...others] = hotlines;
  return (
    <aside className={styles.bar} aria-label={t('label')}>
      <div className={`${styles.inner} ${styles.full}`}>
        <p className={styles.label}>{t('label')}</p>
        {list(hotlines)}
        {write}
      </div>
      <div className={`${styles.inner} ${styles.compact}`}>
        {first && list([first])}
        <details className={styles.more}>
          <summary className={styles.moreButton}>{t('more')}</summary>
          <div className={styles.morePanel}>
            {list(others)}
            {write}
          </div>
        </details>
      </div>
    </aside>
  );
}
