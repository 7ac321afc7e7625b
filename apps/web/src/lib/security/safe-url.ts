import { linkProtocols } from '@haven/content';

/**
 * The href to render for a URL that came from the CMS, or null when it must stay plain text.
 * Only absolute http:, https:, mailto: and tel: URLs pass. The WHATWG parser does the
 * normalising browsers do (case, leading spaces, tabs inside the scheme), so what is checked
 * here is what a browser would follow; relative URLs fail because there is no base to resolve.
 */
export function toSafeHref(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return linkProtocols.has(url.protocol) ? url.href : null;
}

export function isSafeUrl(value: unknown): boolean {
  return toSafeHref(value) !== null;
}

/** True for http(s) URLs, which leave the site and so get rel="noreferrer". */
export function isWebUrl(href: string): boolean {
  return href.startsWith('http://') || href.startsWith('https://');
}
