import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';

export type HtmlEncoding = 'br' | 'gzip' | 'identity';

/** The encoding this request's Accept-Encoding prefers among those Haven sends pages in. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): HtmlEncoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(', ') : acceptEncoding;
  // Negotiator 1.x takes the server's preference for ties; its published types predate that option.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as {
    encodings(available: string[], options: { preferred: string[] }): string[];
  };
  const [best] = negotiator.encodings(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] });
  return (best as HtmlEncoding | undefined) ?? 'identity';
}

/**
 * A page's body in an encoding. Brotli at quality 5 costs about what gzip's default does here and
 * is smaller; a shared page is encoded once (see page-answer), so only private pages pay per request.
 */
export function encodeHtml(body: Buffer, encoding: HtmlEncoding): Buffer {
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (encoding === 'gzip') return gzipSync(body);
  return body;
}
