import type { Locale } from '@haven/i18n';
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';

type Href = Parameters<typeof getPathname>[0]['href'];
type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/**
 * A link to a page of the site, localized on the server for the page's locale (or `locale`).
 * next-intl's own Link reads the locale again in the browser, which would put next-intl's
 * provider and message formatter into every page's JavaScript.
 */
export async function Link({ href, locale, ...props }: Props) {
  const pathname = getPathname({ href, locale: locale ?? (await getLocale()) });
  return <NextLink href={pathname} {...props} />;
}
