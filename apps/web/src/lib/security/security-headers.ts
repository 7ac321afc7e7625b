/** Content-Security-Policy for HTML pages: scripts only with this request's nonce. */
export function pageContentSecurityPolicy(args: { nonce: string; isDev: boolean; upgradeInsecureRequests: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React needs eval in development only, to rebuild server error stacks.
    `script-src 'self' 'nonce-${args.nonce}' 'strict-dynamic'${args.isDev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes cannot carry a nonce, and a nonce would disable 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (args.upgradeInsecureRequests) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** For responses that are not pages (feeds, sitemap, JSON, files): nothing may load or run. */
export const nonPageContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers every response carries, set in next.config. */
export const staticSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** 128 random bits, base64: a CSP nonce. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export const maxUrlLength = 2048;

/** The part of a request URL a visitor controls: path and query, as sent. */
export function isUrlTooLong(url: URL): boolean {
  return url.pathname.length + url.search.length > maxUrlLength;
}
