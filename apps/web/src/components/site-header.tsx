import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/components/link';
import styles from './site-header.module.css';

const sections = [
  ['/articles', 'articles'],
  ['/resources', 'resources'],
  ['/faq', 'faq'],
  ['/search', 'search'],
  ['/safety', 'safety'],
] as const;

/**
 * Site name, navigation and language switcher. On a phone the navigation folds into a Menu that
 * opens without JavaScript (a details element), so the page itself starts on the first screen;
 * wider screens show the links in a row. Only one of the two is ever displayed.
 */
export async function SiteHeader({ siteName, languageSwitcher }: { siteName: string; languageSwitcher: ReactNode }) {
  const t = await getTranslations('Header');
  const links = (className: string | undefined) => (
    <ul className={className}>
      {sections.map(([href, key]) => (
        <li key={href}>
          <Link href={href} className={styles.navLink}>
            {t(key)}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.siteName}>
          {siteName}
        </Link>
        <nav aria-label={t('navLabel')} className={styles.nav}>
          {links(styles.navList)}
          <details className={styles.menu}>
            <summary className={styles.menuButton}>{t('menu')}</summary>
            {links(styles.menuList)}
          </details>
        </nav>
        <div className={styles.language}>{languageSwitcher}</div>
      </div>
    </header>
  );
}
