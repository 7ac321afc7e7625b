import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Hotline } from '@/lib/content/shell-settings';
import { HotlineList, PhoneNumber } from './hotline-list';
import { Link } from './link';
import styles from './hotline-bar.module.css';

/** The featured hotlines, directly under the header on every page. */
export async function HotlineBar({ hotlines }: { hotlines: readonly Hotline[] }) {
  const t = await getTranslations('HotlineBar');
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;
  return (
    <aside className={styles.bar} aria-label={t('label')}>
      <div className={styles.inner}>
        <p className={styles.label}>{t('label')}</p>
        <HotlineList
          hotlines={hotlines}
          callLabel={(phone) => t.rich('call', { phone, number })}
          textLabel={(phone) => t.rich('text', { phone, number })}
        />
        <Link className={styles.write} href="/request-help">
          {t('write')}
        </Link>
      </div>
    </aside>
  );
}
