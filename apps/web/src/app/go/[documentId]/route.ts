import { defaultLocale, isLocale, type Locale } from '@haven/i18n';
import { getPathname } from '@/i18n/navigation';
import { negotiateLocale } from '@/lib/accept-language';
import { publishedContent } from '@/lib/content';

/**
 * Permanent links for partners: /go/<documentId>?lang=es answers 308 to the document's current
 * page in that language, whatever its slug is today. Without ?lang the browser's languages decide;
 * an unknown lang means the default locale. A document not translated yet goes to the same slug
 * under the asked locale, where the page shows the original with a notice.
 */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const { documentId } = await params;
  const lang = new URL(request.url).searchParams.get('lang');
  const locale: Locale = lang === null ? negotiateLocale(request.headers.get('accept-language')) : isLocale(lang) ? lang : defaultLocale;
  if (!/^[a-z0-9]{1,64}$/.test(documentId)) return notFound();

  for (const type of ['article', 'resource'] as const) {
    const find = (inLocale: Locale) =>
      type === 'article' ? publishedContent.getArticleById({ locale: inLocale, documentId }) : publishedContent.getResourceById({ locale: inLocale, documentId });
    const document = (await find(locale)) ?? (locale === defaultLocale ? null : await find(defaultLocale));
    if (document) {
      const pathname = getPathname({
        locale,
        href: { pathname: type === 'article' ? '/articles/[slug]' : '/resources/[slug]', params: { slug: document.slug } },
      });
      return new Response(null, { status: 308, headers: { location: pathname } });
    }
  }
  return notFound();
}

function notFound(): Response {
  return new Response('This link does not lead to a page on Haven.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
