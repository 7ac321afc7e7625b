import { isLocale } from '@haven/i18n';
import { getPathname, type Href } from './navigation';
import { pathnames } from './pathnames';

type AppPathname = keyof typeof pathnames;

const routes = (Object.keys(pathnames) as AppPathname[]).map((pathname) => ({
  pathname,
  /** The route's one parameter (slug, documentId), if it has one. */
  param: /\[(\w+)\]/.exec(pathname)?.[1],
  pattern: new RegExp(`^${pathname.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[\w+\]/, '([^/]+)')}$`),
}));

/**
 * The path a visitor sees for a page Next knows by its internal route (`/es/articles/x` →
 * `/es/articulos/x`), or undefined when the path is no page of the site. The cache names pages by
 * their internal route; the front cache, by what visitors ask for.
 */
export function publicPath(internal: string): string | undefined {
  const [, locale, rest] = /^\/([^/]+)(\/.*)?$/.exec(internal) ?? [];
  if (!isLocale(locale)) return undefined;
  for (const { pathname, param, pattern } of routes) {
    const match = pattern.exec(rest ?? '/');
    if (!match) continue;
    let value: string | undefined;
    try {
      value = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    } catch {
      return undefined;
    }
    const href = (value === undefined || param === undefined ? pathname : { pathname, params: { [param]: value } }) as Href;
    return getPathname({ locale, href });
  }
  return undefined;
}
