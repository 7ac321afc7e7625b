import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { isEmbedPath, pageContentSecurityPolicy } from '@/lib/security/security-headers';
import { unavailablePath } from '@/lib/urls/unavailable-path';
import { defaultLocale } from '@haven/i18n';
import { chooseEncoding, encodeHtml } from './html-encoding';
import { inlineScriptHashes } from './inline-scripts';
import type { FinishHtml, HtmlAnswer } from './sealed-html';

/** A shared page's CSP (and whether it holds foreign scripts), or one of its encoded bodies. */
type Memo = { csp: string; foreign: number } | Buffer;

/**
 * Pages every visitor shares (Cache-Control without private/no-store) are the same bytes until a
 * publish, so their CSP and encoded bodies are made once per document, keyed by the body's sha256.
 * Private pages (searches, filtered lists) are never kept: what a visitor searched for stays theirs.
 */
const isShared = (cacheControl: string) => !/\b(?:private|no-store)\b/i.test(cacheControl);

/**
 * The site's final word on every HTML page: a CSP that allows exactly the framework's inline
 * scripts of this document, the body in the encoding the browser prefers, or, when the page failed
 * (the CMS could not be read and no cached version exists), a redirect to the "unavailable" page
 * with the hotlines, in the page's language.
 */
export function pageAnswer(options: {
  isDev: boolean;
  upgradeInsecureRequests: boolean;
  onForeignScripts: (path: string) => void;
  /** bytes of CSPs and encoded bodies kept for shared pages */
  memoBytes?: number;
}): FinishHtml {
  const memo = new LRUCache<string, Memo>({
    maxSize: options.memoBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (value) => (Buffer.isBuffer(value) ? value.length : value.csp.length) || 1,
  });
  function remember<T extends Memo>(key: string | undefined, make: () => T): T {
    const kept = key === undefined ? undefined : (memo.get(key) as T | undefined);
    if (kept) return kept;
    const made = make();
    if (key !== undefined) memo.set(key, made);
    return made;
  }

  return ({ request, status, cacheControl, body }): HtmlAnswer => {
    const path = request.url ?? '/';
    // The unavailable page needs no CMS; if even it fails, it is not sent to itself.
    const isUnavailablePage = /^\/[^/?]+\/unavailable(?:[/?]|$)/.test(path);
    // An embed stays in its frame, where the unavailable page may not be shown: its error page
    // (app/global-error.tsx) lists the built-in hotlines.
    const framable = isEmbedPath(path.split('?')[0] ?? '/');
    if (status >= 500 && !isUnavailablePage && !framable && (request.method === 'GET' || request.method === 'HEAD')) {
      return {
        status: 307,
        headers: { location: unavailablePath(defaultLocale, path), 'cache-control': 'no-store' },
        body: Buffer.alloc(0),
      };
    }
    const documentKey = isShared(cacheControl) ? createHash('sha256').update(body).digest('base64') : undefined;
    const policy = remember(documentKey && `csp ${framable ? 'embed' : 'page'} ${documentKey}`, () => {
      const { hashes, foreign } = inlineScriptHashes(body.toString('utf8'));
      const csp = pageContentSecurityPolicy({
        scriptHashes: hashes,
        isDev: options.isDev,
        upgradeInsecureRequests: options.upgradeInsecureRequests,
        framable,
      });
      return { csp, foreign };
    });
    if (policy.foreign > 0) options.onForeignScripts(path.split('?')[0] ?? '/');
    const headers: Record<string, string> = { 'content-security-policy': policy.csp };
    const encoding = chooseEncoding(request.headers?.['accept-encoding']);
    if (encoding === 'identity' || body.length === 0) return { status, headers, body };
    // Encoded here, after the hashes, so they are over the text the browser runs; the compression
    // middleware leaves a response that already has a Content-Encoding alone.
    const encoded = remember(documentKey && `${encoding} ${documentKey}`, () => encodeHtml(body, encoding));
    return { status, headers: { ...headers, 'content-encoding': encoding }, body: encoded };
  };
}
