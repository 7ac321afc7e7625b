import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { nonPageContentSecurityPolicy, staticSecurityHeaders } from '@/lib/security/security-headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@haven/content', '@haven/i18n'],
  // No image is ever fetched from another host.
  images: { remotePatterns: [] },
  headers() {
    return Promise.resolve([
      {
        source: '/:path*',
        // Pages get a nonce policy from src/proxy.ts, which replaces this one.
        headers: [...staticSecurityHeaders, { key: 'Content-Security-Policy', value: nonPageContentSecurityPolicy }],
      },
    ]);
  },
};

export default withNextIntl(nextConfig);
