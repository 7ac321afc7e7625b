import { isSluggedUid, sluggedContentTypes } from '../src/content-types';
import { env } from '../src/env';
import { previewUrl, type PreviewTarget } from '../src/preview/preview-url';

/** The site's page type for a content type an editor can preview: articles and resources have pages. */
function previewType(uid: string): PreviewTarget['type'] | null {
  const type = isSluggedUid(uid) ? sluggedContentTypes[uid] : null;
  return type === 'article' || type === 'resource' ? type : null;
}

export default () => ({
  auth: { secret: env.ADMIN_JWT_SECRET },
  apiToken: { salt: env.API_TOKEN_SALT },
  transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
  secrets: { encryptionKey: env.ENCRYPTION_KEY },
  flags: { nps: false, promoteEE: false },
  preview: {
    enabled: Boolean(env.PREVIEW_SECRET && env.CMS_PREVIEW_TOKEN),
    config: {
      allowedOrigins: [new URL(env.WEB_URL).origin],
      // The site checks the signed token, turns on draft mode and redirects to the document's page.
      handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        const type = previewType(uid);
        if (!type || !env.PREVIEW_SECRET) return Promise.resolve(null);
        return Promise.resolve(
          previewUrl(env.WEB_URL, env.PREVIEW_SECRET, { type, documentId, locale: locale ?? 'en', status: status ?? 'draft' }),
        );
      },
    },
  },
});
