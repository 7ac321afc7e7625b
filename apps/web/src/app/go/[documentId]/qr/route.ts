import { documentIdPattern } from '@haven/content';
import { localeFromLang } from '@/lib/urls/lang-param';
import { flyerTargetUrl } from '@/lib/flyer/flyer-target';
import { qrCodeSvg } from '@/lib/flyer/qr-code';

/**
 * The QR code of a flyer as an SVG image: /go/<documentId>/qr?lang=es encodes the document's
 * permanent link in Spanish (/go/home/qr the home page). It reads no content: the image is the
 * same for every request, so anyone may keep it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  const locale = localeFromLang(new URL(request.url));
  if (!documentIdPattern.test(documentId)) {
    return new Response('This link does not lead to a QR code on Haven.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(await qrCodeSvg(flyerTargetUrl(documentId, locale)), {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' },
  });
}
