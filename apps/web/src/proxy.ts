import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from './env';
import { routing } from './i18n/routing';
import {
  createNonce,
  isUrlTooLong,
  nonPageContentSecurityPolicy,
  pageContentSecurityPolicy,
} from './lib/security-headers';

const handleI18nRouting = createMiddleware(routing);

const upgradeInsecureRequests = env.SITE_URL.startsWith('https:');

const uriTooLongPage = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Address too long</title>
<h1>This web address is too long</h1>
<p>Please check the link, or go to the <a href="/">home page</a>.</p>
</html>
`;

export default function proxy(request: NextRequest) {
  if (isUrlTooLong(request.nextUrl)) {
    return new NextResponse(uriTooLongPage, {
      status: 414,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': nonPageContentSecurityPolicy,
        'Cache-Control': 'no-store',
      },
    });
  }

  const csp = pageContentSecurityPolicy({ nonce: createNonce(), isDev: env.NODE_ENV === 'development', upgradeInsecureRequests });
  // next-intl forwards the request's headers to the render; Next reads the nonce from this one.
  request.headers.set('Content-Security-Policy', csp);
  const response = handleI18nRouting(request);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but Next's files, route handlers (api, go), the sitemap, robots.txt, the favicon
  // and other files with a dot.
  matcher: ['/((?!(?:_next|api|go)(?:/|$)|sitemap\\.xml|robots\\.txt|favicon\\.ico|.*\\..*).*)'],
};
