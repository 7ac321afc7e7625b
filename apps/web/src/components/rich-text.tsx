import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { sanitizeBlocks } from '@/lib/rich-text/rich-text-blocks';
import { toSafeHref } from '@/lib/security/safe-url';
import { RichTextBlocks } from './rich-text-blocks';
import styles from './rich-text.module.css';

/**
 * CMS "blocks" content, rendered on the server into plain HTML: no client component, so neither a
 * renderer nor the content's JSON travels to the browser a second time. The tree is rebuilt first
 * (unsafe links become text, images become their alternative text), and every URL is checked again
 * when rendered. `locale` is the content's language, which may differ from the page's on a fallback page.
 */
export async function RichText({ content, locale }: { content: unknown; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'RichText' });
  const blocks = sanitizeBlocks(content, {
    toHref: toSafeHref,
    imageText: (description) => t('image', { description }),
  });
  if (blocks.length === 0) return null;
  return (
    <div className={styles.richText}>
      <RichTextBlocks blocks={blocks} />
    </div>
  );
}
