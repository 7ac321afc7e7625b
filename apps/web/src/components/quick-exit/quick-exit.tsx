import { getTranslations } from 'next-intl/server';
import styles from './quick-exit.module.css';
import { QuickExitController } from './quick-exit-controller';
import { QuickExitLink } from './quick-exit-link';

/**
 * The Quick exit, in a labelled landmark of its own at the top of every page: a skip link (the
 * second Tab stop, after "skip to content"), the visible sticky button with its shortcut hint,
 * and the controller behind both links.
 */
export async function QuickExit({ url }: { url: string }) {
  const t = await getTranslations('QuickExit');
  return (
    <>
      <aside className={styles.bar} aria-label={t('label')}>
        <QuickExitLink url={url} variant="skip-link" />
        <p id="quick-exit-hint" className={styles.hint}>
          {t('hint')}
        </p>
        <QuickExitLink url={url} variant="button" />
      </aside>
      <QuickExitController url={url} exitingMessage={t('exiting')} />
    </>
  );
}

export { QuickExitLink };
