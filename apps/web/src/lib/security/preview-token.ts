import { createHmac, timingSafeEqual } from 'node:crypto';
import { documentIdPattern } from '@haven/content';
import { isLocale, type Locale } from '@haven/i18n';
import { z } from 'zod';

/** What the CMS's preview button signs (apps/cms/src/preview/preview-url.ts). */
const claimsSchema = z.object({
  type: z.enum(['article', 'resource']),
  documentId: z.string().regex(documentIdPattern),
  locale: z.string().refine(isLocale),
  status: z.string(),
  exp: z.number().int(),
  nonce: z.string().min(16).max(64),
});

export type PreviewClaims = Omit<z.infer<typeof claimsSchema>, 'locale'> & { locale: Locale };

/** Nonces of tokens already used, kept until they expire: a token opens a preview once. */
const spent = new Map<string, number>();

/**
 * The document a preview token names, or null when it is malformed, not signed with `secret`,
 * expired, or already used. A valid token is spent by this call.
 */
export function redeemPreviewToken(token: string | null, secret: string | undefined, now = Date.now()): PreviewClaims | null {
  if (!token || !secret) return null;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = createHmac('sha256', secret).update(payload).digest();
  const presented = Buffer.from(signature, 'base64url');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;

  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = claimsSchema.safeParse(parsed);
  const seconds = Math.floor(now / 1000);
  if (!claims.success || claims.data.exp < seconds) return null;

  for (const [nonce, exp] of spent) if (exp < seconds) spent.delete(nonce);
  if (spent.has(claims.data.nonce)) return null;
  spent.set(claims.data.nonce, claims.data.exp);
  return claims.data;
}
