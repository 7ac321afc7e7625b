import type { Locale } from '@haven/i18n';
import { pathnames } from './pathnames';

type AppPathname = keyof typeof pathnames;
type DynamicPathname = Extract<AppPathname, `${string}[${string}]${string}`>;
type StaticPathname = Exclude<AppPathname, DynamicPathname>;
type Query = Record<string, string | number | readonly string[]>;
/** `/articles/[slug]` → { slug: string } */
type ParamsOf<Pathname> = Pathname extends `${string}[${infer Name}]${string}` ? Record<Name, string> : never;

/** A page of the site by its internal (English) route, as next-intl's navigation spells it. */
export type Href =
  | StaticPathname
  | { pathname: StaticPathname; query?: Query }
  | { [Pathname in DynamicPathname]: { pathname: Pathname; params: ParamsOf<Pathname>; query?: Query } }[DynamicPathname];

/**
 * The path of a page in a locale, prefix included: `{ pathname: '/articles/[slug]', params: { slug } }`
 * in `es` → `/es/articulos/<slug>`. Written here rather than taken from next-intl's createNavigation,
 * whose module also carries its client-side Link, and with it next-intl's message formatter, into
 * every page's JavaScript. Follows the same routing (src/i18n/routing.ts: prefix always, pathnames).
 */
export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href;
  const template: string | Record<Locale, string> = pathnames[pathname];
  let path = typeof template === 'string' ? template : template[locale];
  if (typeof href !== 'string' && 'params' in href) {
    const params: Record<string, string> = href.params;
    path = path.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  }
  const prefixed = `/${locale}${path === '/' ? '' : path}`;
  return query ? `${prefixed}${searchString(query)}` : prefixed;
}

function searchString(query: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const serialized = search.toString();
  return serialized ? `?${serialized}` : '';
}
