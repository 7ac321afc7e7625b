import { createHmac } from 'node:crypto';
import { PREVIEW_TOKEN_SECONDS, previewUrl } from './preview-url';

const secret = 's'.repeat(40);
const target = { type: 'article', documentId: 'abc123', locale: 'es', status: 'draft' } as const;

describe('previewUrl', () => {
  it('carries a signed token that names the document and expires, never the secret', () => {
    const url = new URL(previewUrl('http://localhost:3000', secret, target, 1_000_000_000_000));
    expect(url.pathname).toBe('/api/draft');
    expect(url.href).not.toContain(secret);
    const [payload, signature] = (url.searchParams.get('token') ?? '').split('.');
    expect(
      createHmac('sha256', secret)
        .update(payload ?? '')
        .digest('base64url'),
    ).toBe(signature);
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ ...target, exp: 1_000_000_000 + PREVIEW_TOKEN_SECONDS });
  });

  it('makes every token different, so each can be used once', () => {
    expect(previewUrl('http://localhost:3000', secret, target)).not.toBe(previewUrl('http://localhost:3000', secret, target));
  });
});
