import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { permalinkPath, smsShareHref } from '@/lib/urls/share-links';
import { siteUrl } from '@/lib/urls/site-urls';
import styles from './share-links.module.css';

/**
 * Passing a page on: "Send by text" opens the messages app with the title and the page's
 * permanent link, a printable flyer, and the link itself ready to copy (no JavaScript needed).
 */
export async function ShareLinks({ documentId, title, locale }: { documentId: string; title: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const permalink = siteUrl(permalinkPath(documentId, locale));
  const inputId = `permalink-${documentId}`;
  return (
    <section className={styles.share} aria-labelledby="share-heading">
      <h2 id="share-heading">{t('heading')}</h2>
      <p>
        <a className={styles.text} href={smsShareHref(`${title} ${permalink}`)}>
          {t('sendByText')}
        </a>
      </p>
      <p>
        <Link href={{ pathname: '/flyer/[documentId]', params: { documentId } }}>{t('printFlyer')}</Link>
      </p>
      <p className={styles.permalink}>
        <label htmlFor={inputId}>{t('permalink')}</label>
        <input id={inputId} type="url" readOnly value={permalink} dir="ltr" />
      </p>
    </section>
  );
}
