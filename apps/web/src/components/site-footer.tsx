import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import styles from './site-footer.module.css';

export async function SiteFooter({ legalDisclaimer, footer }: { legalDisclaimer: string | null; footer: string | null }) {
  const t = await getTranslations('Footer');
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <nav aria-label={t('navLabel')}>
          <ul className={styles.links}>
            <li>
              <Link href="/about" className={styles.link}>
                {t('about')}
              </Link>
            </li>
            <li>
              <Link href="/safety" className={styles.link}>
                {t('safety')}
              </Link>
            </li>
            <li>
              <Link href="/partners" className={styles.link}>
                {t('partners')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className={styles.disclaimer}>{t('notLegalAdvice')}</p>
        {legalDisclaimer && <p className={styles.text}>{legalDisclaimer}</p>}
        {footer && <p className={styles.text}>{footer}</p>}
      </div>
    </footer>
  );
}
