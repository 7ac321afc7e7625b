import { ContentError, documentIdPattern } from '@haven/content';
import { defaultLocale, isLocale, type Locale } from '@haven/i18n';
import { negotiateLocale } from '@/lib/language/accept-language';
import { cmsContent } from '@/lib/content/cms';
import { documentPath } from '@/lib/urls/site-urls';
import { unavailablePath } from '@/lib/urls/unavailable-path';

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
  // Without ?lang the answer depends on the browser's languages: no shared cache may keep it.
  const varies: Record<string, string> = lang === null ? { vary: 'Accept-Language', 'cache-control': 'private, no-store' } : {};
  if (!documentIdPattern.test(documentId)) return notFound(varies);
  try {
    return (await permalinkTarget(documentId, locale, varies)) ?? notFound(varies);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return new Response(null, { status: 307, headers: { location: unavailablePath(locale, null), 'cache-control': 'no-store' } });
  }
}

async function permalinkTarget(documentId: string, locale: Locale, varies: Record<string, string>): Promise<Response | null> {
  for (const type of ['article', 'resource'] as const) {
    const find = (inLocale: Locale) =>
      type === 'article'
        ? cmsContent.getArticleById({ locale: inLocale, documentId })
        : cmsContent.getResourceById({ locale: inLocale, documentId });
    const document = (await find(locale)) ?? (locale === defaultLocale ? null : await find(defaultLocale));
    if (document) return new Response(null, { status: 308, headers: { location: documentPath(type, locale, document.slug), ...varies } });
  }
  return null;
}

function notFound(varies: Record<string, string>): Response {
  return new Response('This link does not lead to a page on Haven.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...varies },
  });
}
