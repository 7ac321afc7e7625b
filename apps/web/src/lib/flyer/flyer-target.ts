import type { Locale } from '@haven/i18n';
import { permalinkPath } from '@/lib/urls/share-links';
import { localizedUrl, siteUrl } from '@/lib/urls/site-urls';

/** The document id of the flyer for the site itself. */
export const homeFlyer = 'home';

/** What a flyer's QR code opens: the home page for the site's flyer, else the document's permanent link. */
export function flyerTargetUrl(documentId: string, locale: Locale): string {
  return documentId === homeFlyer ? localizedUrl(locale, '/') : siteUrl(permalinkPath(documentId, locale));
}
