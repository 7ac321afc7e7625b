import { documentIdPattern } from '@haven/content';
import { localeFromLang } from '@/lib/urls/lang-param';
import { localizedPath } from '@/lib/urls/site-urls';

/**
 * Printable flyers for partners: /go/<documentId>/flyer?lang=es (and /go/home/flyer for the site
 * itself) answers 308 to the flyer page in that language. An unknown lang means the default locale.
 */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  const locale = localeFromLang(new URL(request.url));
  if (!documentIdPattern.test(documentId)) {
    return new Response('This link does not lead to a flyer on Haven.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(null, {
    status: 308,
    headers: { location: localizedPath(locale, { pathname: '/flyer/[documentId]', params: { documentId } }) },
  });
}
