import type { ServerResponse } from 'node:http';

/**
 * Headers a response carries once. Serving a page's cached redirect, Next appends the Location
 * (and x-nextjs-stale-time) it stored to the one it has already set (vercel/next.js#82117); a
 * proxy or CDN that joins the two sends browsers to "/x, /x". A second value replaces the first.
 */
const singleValued = new Set(['location', 'x-nextjs-stale-time']);

export function keepHeadersSingle(response: ServerResponse): void {
  const append = response.appendHeader.bind(response);
  response.appendHeader = (name, value) => {
    if (singleValued.has(name.toLowerCase()) && response.hasHeader(name)) return response.setHeader(name, value);
    return append(name, value);
  };
}
