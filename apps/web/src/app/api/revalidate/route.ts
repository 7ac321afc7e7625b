import { revalidateTag } from 'next/cache';
import { env } from '@/env';
import { bearerToken, secretMatches } from '@/lib/security/secret';
import { refreshFront } from '@/lib/cache/front-refresh';
import { tagsForWebhook } from '@/lib/content/webhook-tags';

/**
 * Called by the CMS's webhook on every change. Refreshes the cached pages of the changed document
 * and its collection in its locale. After a publish or an edit visitors keep getting the cached
 * page while the fresh one is built ('max'), so a slow or frozen CMS never makes a visitor wait.
 * After an unpublish or a delete the pages expire at once: the next visitor waits for a fresh
 * render rather than ever seeing the withdrawn document again, and where a front cache stores pages
 * (the scale profile), its copies of the pages that showed the document are replaced before this answers.
 * Other methods get 405 from Next.
 */
export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(bearerToken(request.headers.get('authorization')), env.REVALIDATE_SECRET)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  let payload: unknown;
  try {
    payload = await request.json();
  } catch {
    return Response.json({ error: 'body must be JSON' }, { status: 400 });
  }
  const result = tagsForWebhook(payload);
  if (!result.ok) return Response.json({ error: result.problem }, { status: 400 });
  for (const tag of result.tags) revalidateTag(tag, result.withdrawn ? { expire: 0 } : 'max');
  const refreshed = result.withdrawn ? await refreshFront(result.tags, env.FRONT_REFRESH_URL, process.env.PORT) : [];
  return Response.json({ revalidated: result.tags, frontRefreshed: refreshed.length });
}
