import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getPathname } from '@/i18n/navigation';
import { Link } from './link';
import { getShellSettings } from '@/lib/content/site-settings';
import { HotlineList, PhoneNumber } from './hotline-list';
import styles from './status-page.module.css';

/** The localized 404: a way home, a search box (a GET form) and the hotlines. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const [t, tHotline, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFoundPage' }),
    getTranslations({ locale, namespace: 'HotlineBar' }),
    getShellSettings(locale),
  ]);
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/" locale={locale}>
          {t('home')}
        </Link>
      </p>
      <form role="search" method="get" action={getPathname({ locale, href: '/search' })} className={styles.search}>
        <label htmlFor="not-found-search">{t('searchLabel')}</label>
        <div className={styles.searchRow}>
          <input id="not-found-search" type="search" name="q" maxLength={200} />
          <button type="submit">{t('searchButton')}</button>
        </div>
      </form>
      <h2 className={styles.helpHeading}>{t('help')}</h2>
      <HotlineList
        hotlines={settings.hotlines}
        callLabel={(phone) => tHotline.rich('call', { phone, number })}
        textLabel={(phone) => tHotline.rich('text', { phone, number })}
      />
    </div>
  );
}
