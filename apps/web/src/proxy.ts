import { isLocale, type Locale } from '@haven/i18n';
import { createTranslator } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { pathnames } from './i18n/pathnames';
import { loadMessages } from './i18n/messages';
import { routing } from './i18n/routing';
import { plainStatusPage } from '@/lib/security/plain-status-page';
import { clientKeyHeader, RateLimit } from '@/lib/security/rate-limit';
import { getFallbackHotlines } from '@/lib/content/fallback-hotlines';
import { hasMalformedEncoding } from '@/lib/urls/malformed-encoding';
import { isEmbedPath, isUrlTooLong, nonPageContentSecurityPolicy } from '@/lib/security/security-headers';
import { embedAddressOf, embedPagePath } from '@/lib/embed/embed-paths';
import { negotiateLocale } from '@/lib/language/accept-language';

const handleI18nRouting = createMiddleware(routing);

// A search costs the CMS real work; a person, even on a shelter's shared connection, makes far fewer.
const searches = new RateLimit({ limit: 60, windowMs: 60_000 });
// Ten consultation requests a minute is more than any one person sends; a flood is refused before any work.
const requestPosts = new RateLimit({ limit: 10, windowMs: 60_000 });

const uriTooLongPage = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Address too long</title>
<h1>This web address is too long</h1>
<p>Please check the link, or go to the <a href="/">home page</a>.</p>
</html>
`;

export default async function proxy(request: NextRequest) {
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

  // Next cannot route such a path and would answer 500 without any of the security headers.
  if (hasMalformedEncoding(request.nextUrl.pathname)) return badRequest(request);
  if (isEmbedPath(request.nextUrl.pathname)) return embed(request);
  if (!isPagePath(request.nextUrl.pathname)) return NextResponse.next();

  const client = request.headers.get(clientKeyHeader) ?? '';
  if (isSearch(request) && !searches.take(client)) return tooManyRequests(request, 'TooManyRequestsPage');
  if (isRequestPost(request) && !requestPosts.take(client)) return tooManyRequests(request, 'TooManySubmissionsPage');

  const { locale, negotiated } = requestLocale(request);
  // next-intl negotiates locale-less paths itself; handing it Haven's choice keeps one negotiation.
  if (negotiated) request.headers.set('accept-language', locale);
  const response = unknownLocale(request, locale) ?? handleI18nRouting(request);
  // A path without a locale is answered in the browser's language (a redirect or a localized 404).
  return negotiated ? varyOnLanguage(response) : response;
}

/**
 * Embeds take their language from ?lang, not from a locale prefix or the browser: an address a
 * partner copies shows the same page to everyone. Their own pages pass through as they are.
 */
function embed(request: NextRequest): NextResponse {
  const page = embedPagePath(request.nextUrl);
  if (page) return NextResponse.rewrite(new URL(page, request.url));
  if (embedAddressOf(request.nextUrl.pathname)) return NextResponse.next();
  // Anything else under /embed/ would reach the locale pages (/embed as locale "embed") or an empty 404.
  return varyOnLanguage(notFoundPage(request, negotiateLocale(request.headers.get('accept-language'))));
}

/** Route handlers (api, go), the sitemap, robots.txt and files take no locale and no page policy. */
function isPagePath(pathname: string): boolean {
  return !/^\/(?:(?:_next|api|go)(?:\/|$)|sitemap\.xml$|robots\.txt$|favicon\.ico$)|\.[^/]*$/.test(pathname);
}

/** The language of a page asked for, or else the browser's: the answer then varies on Accept-Language. */
function requestLocale(request: NextRequest): { locale: Locale; negotiated: boolean } {
  const [, first = ''] = request.nextUrl.pathname.split('/');
  if (isLocale(first)) return { locale: first, negotiated: false };
  return { locale: negotiateLocale(request.headers.get('accept-language')), negotiated: true };
}

/** Answers in the language of whoever reads it: never to be kept by a shared cache. */
function varyOnLanguage(response: NextResponse): NextResponse {
  response.headers.append('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/** Whether the request is for the page at `page` (internal path) in the locale its path starts with. */
function isPage(request: NextRequest, page: '/search' | '/request-help'): boolean {
  const [, locale = '', ...rest] = request.nextUrl.pathname.split('/');
  return isLocale(locale) && `/${rest.join('/')}` === pathnames[page][locale];
}

/** A search with something to look for: /xx/<search segment>?q=… */
const isSearch = (request: NextRequest) => isPage(request, '/search') && (request.nextUrl.searchParams.get('q') ?? '').trim() !== '';

/** A consultation request being sent (the form posts to its own page). */
const isRequestPost = (request: NextRequest) => request.method === 'POST' && isPage(request, '/request-help');

const badRequest = (request: NextRequest) => plainStatus(request, 400, 'BadRequestPage');

async function tooManyRequests(request: NextRequest, namespace: 'TooManyRequestsPage' | 'TooManySubmissionsPage'): Promise<NextResponse> {
  const response = await plainStatus(request, 429, namespace);
  response.headers.set('Retry-After', '60');
  return response;
}

/** A complete page from the proxy itself, in the language of the path or else the browser's. */
async function plainStatus(
  request: NextRequest,
  status: number,
  namespace: 'BadRequestPage' | 'TooManyRequestsPage' | 'TooManySubmissionsPage',
): Promise<NextResponse> {
  const { locale, negotiated } = requestLocale(request);
  const messages = await loadMessages[locale]();
  const page = createTranslator({ locale, messages, namespace });
  const notFound = createTranslator({ locale, messages, namespace: 'NotFoundPage' });
  const html = plainStatusPage(
    locale,
    { title: page('title'), description: page('description'), home: notFound('home'), help: notFound('help') },
    getFallbackHotlines(locale),
  );
  const response = new NextResponse(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': nonPageContentSecurityPolicy,
      'Cache-Control': 'no-store',
    },
  });
  return negotiated ? varyOnLanguage(response) : response;
}

/** First path segments of Haven's own pages (/faq, /buscar…): a visitor who left out the locale gets redirected. */
const pageSegments = new Set(
  Object.values(pathnames).flatMap((localized) =>
    (typeof localized === 'string' ? [localized] : Object.values(localized)).map((path) => path.split('/')[1] ?? ''),
  ),
);

/**
 * /xx/… where xx looks like a language code Haven does not have: the localized "page not found"
 * (404) at that address, in the browser's language, rather than a redirect to /en/xx/….
 */
function unknownLocale(request: NextRequest, locale: Locale): NextResponse | null {
  const [, first = ''] = request.nextUrl.pathname.split('/');
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(first) || isLocale(first) || pageSegments.has(first)) return null;
  return notFoundPage(request, locale);
}

/** The localized "page not found" page (404), under the address asked for. */
function notFoundPage(request: NextRequest, locale: Locale): NextResponse {
  const headers = new Headers(request.headers);
  // The header next-intl's own middleware sets to tell the render which locale it resolved.
  headers.set('X-NEXT-INTL-LOCALE', locale);
  return NextResponse.rewrite(new URL(`/${locale}/page-not-found`, request.url), { request: { headers } });
}

export const config = {
  // Everything but Next's own files: every path is checked for its length and encoding first.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
