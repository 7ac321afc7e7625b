import { isEmbedPath, isUrlTooLong, pageContentSecurityPolicy } from '@/lib/security/security-headers';

describe('pageContentSecurityPolicy', () => {
  it('allows inline scripts only by their hashes and loads nothing from other origins', () => {
    const csp = pageContentSecurityPolicy({ scriptHashes: ["'sha256-a'", "'sha256-b'"], isDev: false, upgradeInsecureRequests: false });
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('upgrades insecure requests only when asked (an https SITE_URL)', () => {
    const csp = pageContentSecurityPolicy({ scriptHashes: [], isDev: false, upgradeInsecureRequests: true });
    expect(csp).toMatch(/; upgrade-insecure-requests$/);
  });

  it('lets any site frame an embed, and no site frame another page', () => {
    const embed = pageContentSecurityPolicy({ scriptHashes: [], isDev: false, upgradeInsecureRequests: false, framable: true });
    expect(embed).toContain('frame-ancestors *');
    expect(embed).not.toContain("frame-ancestors 'none'");
    expect(pageContentSecurityPolicy({ scriptHashes: [], isDev: false, upgradeInsecureRequests: false })).not.toContain(
      'frame-ancestors *',
    );
  });

  it('allows eval in development only', () => {
    expect(pageContentSecurityPolicy({ scriptHashes: [], isDev: true, upgradeInsecureRequests: false })).toContain("'unsafe-eval'");
  });
});

describe('isUrlTooLong', () => {
  it('accepts 2,048 characters of path and query and rejects one more', () => {
    const path = `/en/search?q=${'a'.repeat(2048 - '/en/search?q='.length)}`;
    expect(isUrlTooLong(new URL(path, 'http://localhost:3000'))).toBe(false);
    expect(isUrlTooLong(new URL(`${path}a`, 'http://localhost:3000'))).toBe(true);
  });
});

describe('isEmbedPath', () => {
  it('is true under /embed/ only', () => {
    expect(isEmbedPath('/embed/hotlines')).toBe(true);
    expect(isEmbedPath('/embed/es/resources/all/all')).toBe(true);
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(isEmbedPath('/en/embed/hotlines')).toBe(false);
  });
});
