import { getTranslations } from 'next-intl/server';
import styles from './quick-exit.module.css';

/**
 * A plain link to a neutral site, so it works without JavaScript; with JavaScript the
 * controller also hides the page at once and replaces the history entry. In an embed it leaves
 * the partner's whole window (`target="_top"`), not just the frame.
 */
export async function QuickExitLink({ url, variant }: { url: string; variant: 'skip-link' | 'button' | 'embed' }) {
  const t = await getTranslations('QuickExit');
  return (
    <a
      href={url}
      rel="noreferrer"
      target={variant === 'embed' ? '_top' : undefined}
      className={variant === 'skip-link' ? styles.skipLink : styles.button}
      data-quick-exit
      aria-describedby={variant === 'button' ? 'quick-exit-hint' : undefined}
    >
      {t('label')}
    </a>
  );
}
