import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/components/link';
import styles from './site-header.module.css';

export async function SiteHeader({ siteName, languageSwitcher }: { siteName: string; languageSwitcher: ReactNode }) {
  const t = await getTranslations('Header');
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.siteName}>
          {siteName}
        </Link>
        <nav aria-label={t('navLabel')} className={styles.nav}>
          <ul className={styles.navList}>
            <li>
              <Link href="/articles" className={styles.navLink}>
                {t('articles')}
              </Link>
            </li>
            <li>
              <Link href="/resources" className={styles.navLink}>
                {t('resources')}
              </Link>
            </li>
            <li>
              <Link href="/faq" className={styles.navLink}>
                {t('faq')}
              </Link>
            </li>
            <li>
              <Link href="/search" className={styles.navLink}>
                {t('search')}
              </Link>
            </li>
            <li>
              <Link href="/safety" className={styles.navLink}>
                {t('safety')}
              </Link>
            </li>
          </ul>
        </nav>
        <div className={styles.language}>{languageSwitcher}</div>
      </div>
    </header>
  );
}
