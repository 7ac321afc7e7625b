import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { frameDenialHeader, nonPageContentSecurityPolicy, staticSecurityHeaders } from '@/lib/security/security-headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Haven's server (src/server/main.ts) compresses after it has hashed each page's inline scripts.
  compress: false,
  // A 304 would carry the non-page CSP below over a cached page's own; pages are small and cached in front.
  generateEtags: false,
  // With REDIS_URL (the scale profile) every instance shares one cache; see src/server/shared-cache-handler.ts.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(__dirname, 'dist', 'cache-handler.cjs'), cacheMaxMemorySize: 0 } : {}),
  experimental: {
    // Generated pages and fetched data live in memory (or in the shared cache of the scale profile):
    // revalidated tags are held in memory too, so pages kept on disk would outlive a restart as fresh.
    isrFlushToDisk: false,
    // app/global-not-found.tsx answers unmatched URLs without being part of every page.
    globalNotFound: true,
  },
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@haven/content', '@haven/i18n'],
  // No image is ever fetched from another host.
  images: { remotePatterns: [] },
  headers() {
    return Promise.resolve([
      {
        source: '/:path*',
        // HTML pages get their own policy from Haven's server (src/server/page-answer.ts), which replaces this one.
        headers: [...staticSecurityHeaders, { key: 'Content-Security-Policy', value: nonPageContentSecurityPolicy }],
      },
      // Partner sites may frame /embed/* (src/lib/security/security-headers.ts); nothing else.
      { source: '/((?!embed(?:/|$)).*)', headers: [frameDenialHeader] },
    ]);
  },
};

export default withNextIntl(nextConfig);
