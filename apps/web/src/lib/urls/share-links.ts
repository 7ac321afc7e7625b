import type { Locale } from '@haven/i18n';

/** The partner permalink of a document in one locale: the same whatever its slug becomes. */
export const permalinkPath = (documentId: string, locale: Locale) =>
  `/go/${encodeURIComponent(documentId)}?lang=${encodeURIComponent(locale)}`;

/**
 * An `sms:` link that opens the phone's messages app with `text` as the body and no recipient.
 * `?&body=` is the form both iOS and Android read.
 */
export const smsShareHref = (text: string) => `sms:?&body=${encodeURIComponent(text)}`;
