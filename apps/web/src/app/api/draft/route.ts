import { isLocale } from '@haven/i18n';
import { draftMode } from 'next/headers';
import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { draftContent } from '@/lib/draft-content';
import { secretMatches } from '@/lib/secret';

/**
 * The CMS's preview button lands here. With the right secret it turns on draft mode (a cookie
 * for this editor only) and redirects to the document's page on this site — a path built here,
 * never one taken from the request.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get('secret'), env.PREVIEW_SECRET) || !draftContent) {
    return new Response('Preview is not allowed', { status: 401 });
  }
  const type = params.get('type');
  const locale = params.get('locale');
  const documentId = params.get('documentId') ?? '';
  if ((type !== 'article' && type !== 'resource') || !isLocale(locale) || !/^[a-z0-9]{1,64}$/.test(documentId)) {
    return new Response('Unknown document', { status: 400 });
  }
  const document =
    type === 'article'
      ? await draftContent.getArticleById({ locale, documentId })
      : await draftContent.getResourceById({ locale, documentId });
  if (!document) return new Response('Document not found', { status: 404 });

  (await draftMode()).enable();
  const pathname = getPathname({
    locale,
    href: { pathname: type === 'article' ? '/articles/[slug]' : '/resources/[slug]', params: { slug: document.slug } },
  });
  return new Response(null, { status: 307, headers: { location: pathname, 'cache-control': 'no-store' } });
}
