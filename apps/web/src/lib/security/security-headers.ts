/**
 * Content-Security-Policy for an HTML page: scripts from the site itself, and inline scripts only
 * by the hash of each one the framework wrote into this document (see server/inline-scripts.ts).
 * A hash, unlike a nonce, stays valid for every copy of a cached page.
 */
export function pageContentSecurityPolicy(args: {
  scriptHashes: readonly string[];
  isDev: boolean;
  upgradeInsecureRequests: boolean;
  /** Partner sites may frame this page (the embeds); no other page can be framed, against clickjacking. */
  framable?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    // React needs eval in development only, to rebuild server error stacks.
    ['script-src', "'self'", ...args.scriptHashes, ...(args.isDev ? ["'unsafe-eval'"] : [])].join(' '),
    // Inline style attributes cannot carry a hash; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    args.framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ];
  if (args.upgradeInsecureRequests) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** For responses that are not pages (feeds, sitemap, JSON, files): nothing may load or run. */
export const nonPageContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The pages partner sites may put in an iframe: everything under /embed/. */
export const isEmbedPath = (pathname: string): boolean => /^\/embed(?:\/|$)/.test(pathname);

/** For browsers that predate frame-ancestors: every response but the embeds' (next.config). */
export const frameDenialHeader = { key: 'X-Frame-Options', value: 'DENY' } as const;

/** Headers every response carries, set in next.config. */
export const staticSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const maxUrlLength = 2048;

/** The part of a request URL a visitor controls: path and query, as sent. */
export function isUrlTooLong(url: URL): boolean {
  return url.pathname.length + url.search.length > maxUrlLength;
}
