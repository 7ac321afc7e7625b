import { getTranslations } from 'next-intl/server';
import { QuickExitController } from './quick-exit-controller';
import { QuickExitLink } from './quick-exit-link';

/** The visible, sticky Quick exit button with its shortcut hint, and the controller behind both links. */
export async function QuickExit({ url }: { url: string }) {
  const t = await getTranslations('QuickExit');
  return (
    <>
      <QuickExitLink url={url} variant="button" />
      <QuickExitController url={url} exitingMessage={t('exiting')} />
    </>
  );
}

export { QuickExitLink };
