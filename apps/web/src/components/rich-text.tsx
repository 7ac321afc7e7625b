import type { Locale } from '@haven/i18n';
import { BlocksRenderer } from '@strapi/blocks-react-renderer';
import { getTranslations } from 'next-intl/server';
import { sanitizeBlocks } from '@/lib/rich-text/rich-text-blocks';
import { toSafeHref } from '@/lib/security/safe-url';
import { RichTextLink } from './rich-text-link';
import styles from './rich-text.module.css';

/**
 * CMS "blocks" content. The tree is rebuilt on the server first (unsafe links become text,
 * images become their alternative text), and the link override checks every URL again.
 * `locale` is the content's language, which may differ from the page's on a fallback page.
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
      <BlocksRenderer content={blocks} blocks={{ link: RichTextLink }} />
    </div>
  );
}
