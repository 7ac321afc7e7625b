import { env } from '../src/env';

/** The site's path segment for each content type an editor can preview. */
const previewable: Record<string, string> = {
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
      // The site checks the secret, turns on draft mode and redirects to the document's page.
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        const type = previewable[uid];
        if (!type || !env.PREVIEW_SECRET) return null;
        const url = new URL('/api/draft', env.WEB_URL);
        url.search = new URLSearchParams({
          secret: env.PREVIEW_SECRET,
          type,
          documentId,
          locale: locale ?? 'en',
          status: status ?? 'draft',
        }).toString();
        return url.href;
      },
    },
  },
});
