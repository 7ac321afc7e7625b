/**
 * Joins the site's origin (SITE_URL, which may carry a base path) and a root-relative path.
 * `new URL(path, base)` would drop the base path, hence the string join.
 */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  const base = siteUrl.replace(/\/+$/, '');
  const path = pathname.startsWith('/') ? pathname : `/${pathname}`;
  return `${base}${path}`;
}
