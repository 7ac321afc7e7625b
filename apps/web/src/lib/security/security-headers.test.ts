import { createNonce, isUrlTooLong, pageContentSecurityPolicy } from '@/lib/security/security-headers';

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only with the nonce and loads nothing from other origins', () => {
    const csp = pageContentSecurityPolicy({ nonce: 'abc', isDev: false, upgradeInsecureRequests: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('upgrades insecure requests only when asked (an https SITE_URL)', () => {
    const csp = pageContentSecurityPolicy({ nonce: 'abc', isDev: false, upgradeInsecureRequests: true });
    expect(csp).toMatch(/; upgrade-insecure-requests$/);
  });

  it('allows eval in development only', () => {
    expect(pageContentSecurityPolicy({ nonce: 'n', isDev: true, upgradeInsecureRequests: false })).toContain("'unsafe-eval'");
  });
});

describe('createNonce', () => {
  it('gives a fresh base64 value of 128 bits each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe('isUrlTooLong', () => {
  it('accepts 2,048 characters of path and query and rejects one more', () => {
    const path = `/en/search?q=${'a'.repeat(2048 - '/en/search?q='.length)}`;
    expect(isUrlTooLong(new URL(path, 'http://localhost:3000'))).toBe(false);
    expect(isUrlTooLong(new URL(`${path}a`, 'http://localhost:3000'))).toBe(true);
  });
});
