'use client';

import type { ReactNode } from 'react';
import { isWebUrl, toSafeHref } from '@/lib/security/safe-url';

/**
 * The `link` block of the rich-text renderer. It is a client module only because
 * @strapi/blocks-react-renderer is one and accepts no server functions as overrides; it renders
 * on the server like everything else, so it works with JavaScript off.
 */
export function RichTextLink({ url, children }: { url: string; children?: ReactNode }) {
  const href = toSafeHref(url);
  if (href === null) return <>{children}</>;
  return (
    <a href={href} rel={isWebUrl(href) ? 'noreferrer' : undefined}>
      {children}
    </a>
  );
}
