import { createHmac, randomBytes } from 'node:crypto';

/** How long the address the preview button opens stays usable. */
export const PREVIEW_TOKEN_SECONDS = 120;

export interface PreviewTarget {
  type: 'article' | 'resource';
  documentId: string;
  locale: string;
  status: string;
}

/**
 * The site address the admin panel's preview opens: /api/draft?token=<payload>.<signature>, where the
 * payload names the document and expires in two minutes, and the signature is an HMAC-SHA256 with the
 * PREVIEW_SECRET both apps hold. The secret itself never travels; the site accepts each token once.
 */
export function previewUrl(webUrl: string, secret: string, target: PreviewTarget, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...target, exp: Math.floor(now / 1000) + PREVIEW_TOKEN_SECONDS, nonce: randomBytes(16).toString('base64url') }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  const url = new URL('/api/draft', webUrl);
  url.search = new URLSearchParams({ token: `${payload}.${signature}` }).toString();
  return url.href;
}
