import type { Locale } from '@haven/i18n';

/** The partner permalink of a document in one locale: the same whatever its slug becomes. */
export const permalinkPath = (documentId: string, locale: Locale): string =>
  `/go/${encodeURIComponent(documentId)}?lang=${encodeURIComponent(locale)}`;

/**
 * An `sms:` link that opens the phone's messages app with `text` as the body and no recipient.
 * `?&body=` is the form both iOS and Android read.
 */
export const smsShareHref = (text: string) => `sms:?&body=${encodeURIComponent(text)}`;

/** The partner address of a document's printable flyer in one locale (`home` for the site's own). */
export const flyerPath = (documentId: string, locale: Locale): string =>
  `/go/${encodeURIComponent(documentId)}/flyer?lang=${encodeURIComponent(locale)}`;

/** The QR code image of what a flyer opens, for partners to place anywhere. */
export const qrCodePath = (documentId: string, locale: Locale): string =>
  `/go/${encodeURIComponent(documentId)}/qr?lang=${encodeURIComponent(locale)}`;
