import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a form may stay open before it must be sent again: long enough to write with care. */
export const formTokenLifetimeMs = 2 * 60 * 60 * 1000;

const signature = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`haven-request-form:${issuedAt}`).digest('base64url');

/** A token the form carries (no cookie): when it was issued, signed with the site's form secret. */
export function issueFormToken(secret: string, now = Date.now()): string {
  return `${now}.${signature(secret, now)}`;
}

/** Whether a posted token is one this site issued within the lifetime ('expired' also for one from the future). */
export function checkFormToken(secret: string, token: unknown, now = Date.now()): 'valid' | 'expired' | 'invalid' {
  if (typeof token !== 'string') return 'invalid';
  const [issued, mac, ...rest] = token.split('.');
  const issuedAt = Number(issued);
  if (rest.length > 0 || !mac || !Number.isSafeInteger(issuedAt)) return 'invalid';
  const expected = Buffer.from(signature(secret, issuedAt));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return now - issuedAt > formTokenLifetimeMs || issuedAt > now + 60_000 ? 'expired' : 'valid';
}
