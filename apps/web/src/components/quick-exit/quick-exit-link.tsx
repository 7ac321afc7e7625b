import { getTranslations } from 'next-intl/server';
import styles from './quick-exit.module.css';

/**
 * A plain link to a neutral site, so it works without JavaScript; with JavaScript the
 * controller also hides the page at once and replaces the history entry.
 */
export async function QuickExitLink({ url, variant }: { url: string; variant: 'skip-link' | 'button' }) {
  const t = await getTranslations('QuickExit');
  const link = (
    <a
      href={url}
      rel="noreferrer"
      className={variant === 'button' ? styles.button : styles.skipLink}
      data-quick-exit
      aria-describedby={variant === 'button' ? 'quick-exit-hint' : undefined}
    >
      {t('label')}
    </a>
  );
  if (variant === 'skip-link') return link;
  return (
    <div className={styles.bar}>
      <p id="quick-exit-hint" className={styles.hint}>
        {t('hint')}
      </p>
      {link}
    </div>
  );
}
