import { draftMode } from 'next/headers';
import { env } from '@/env';
import { cmsContent } from '@/lib/content/cms';
import { redeemPreviewToken } from '@/lib/security/preview-token';
import { documentPath } from '@/lib/urls/site-urls';

const noStore = { 'cache-control': 'no-store' };

/**
 * The CMS's preview button lands here with a signed, short-lived token (never the secret). A token
 * that checks out turns on draft mode (a cookie for this editor only) once, and redirects to the
 * document's page on this site — a path built here, never one taken from the request.
 */
export async function GET(request: Request): Promise<Response> {
  const claims = cmsContent.canReadDrafts ? redeemPreviewToken(new URL(request.url).searchParams.get('token'), env.PREVIEW_SECRET) : null;
  if (!claims) {
    return new Response('This preview link is not valid or has expired: open the preview again from the CMS.', {
      status: 401,
      headers: { ...noStore, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const { type, locale, documentId } = claims;
  const document =
    type === 'article'
      ? await cmsContent.getArticleById({ locale, documentId, mode: 'draft' })
      : await cmsContent.getResourceById({ locale, documentId, mode: 'draft' });
  if (!document) return new Response('Document not found', { status: 404, headers: noStore });

  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { location: documentPath(type, locale, document.slug), ...noStore } });
}
