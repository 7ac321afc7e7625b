import { createHmac } from 'node:crypto';
import { redeemPreviewToken } from '@/lib/security/preview-token';

const secret = 'p'.repeat(40);
const now = 1_800_000_000_000;
let counter = 0;

/** A token as the CMS's preview button signs it. */
function token(claims: Record<string, unknown> = {}, signWith = secret): string {
  counter += 1;
  const payload = Buffer.from(
    JSON.stringify({
      type: 'article',
      documentId: 'abc123',
      locale: 'es',
      status: 'draft',
      exp: now / 1000 + 60,
      nonce: `nonce-${counter}-`.padEnd(22, 'x'),
      ...claims,
    }),
  ).toString('base64url');
  return `${payload}.${createHmac('sha256', signWith).update(payload).digest('base64url')}`;
}

describe('redeemPreviewToken', () => {
  it('returns the document a well-signed, unexpired token names', () => {
    expect(redeemPreviewToken(token(), secret, now)).toMatchObject({ type: 'article', documentId: 'abc123', locale: 'es' });
  });

  it('accepts each token once', () => {
    const once = token();
    expect(redeemPreviewToken(once, secret, now)).not.toBeNull();
    expect(redeemPreviewToken(once, secret, now)).toBeNull();
  });

  it('refuses an expired token, another signature, a changed payload and malformed input', () => {
    expect(redeemPreviewToken(token({ exp: now / 1000 - 1 }), secret, now)).toBeNull();
    expect(redeemPreviewToken(token({}, 'q'.repeat(40)), secret, now)).toBeNull();
    const [, signature] = token().split('.');
    const forged = Buffer.from(
      JSON.stringify({ type: 'resource', documentId: 'other', locale: 'en', status: 'draft', exp: now, nonce: 'n'.repeat(22) }),
    ).toString('base64url');
    expect(redeemPreviewToken(`${forged}.${signature}`, secret, now)).toBeNull();
    for (const bad of [
      null,
      '',
      'abc',
      'a.b.c',
      '.',
      token({ locale: 'xx' }),
      token({ type: 'https://evil.example' }),
      token({ documentId: '../x' }),
    ]) {
      expect(redeemPreviewToken(bad, secret, now)).toBeNull();
    }
  });

  it('refuses everything when the site has no preview secret', () => {
    expect(redeemPreviewToken(token(), undefined, now)).toBeNull();
  });
});
