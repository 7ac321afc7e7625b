import { env } from '../src/env';
import { previewUrl, type PreviewTarget } from '../src/preview/preview-url';

/** The site's path segment for each content type an editor can preview. */
const previewable: Record<string, PreviewTarget['type']> = {
  'api::article.article': 'article',
  'api::resource.resource': 'resource',
};

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
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        const type = previewable[uid];
        if (!type || !env.PREVIEW_SECRET) return null;
        return previewUrl(env.WEB_URL, env.PREVIEW_SECRET, { type, documentId, locale: locale ?? 'en', status: status ?? 'draft' });
      },
    },
  },
});
