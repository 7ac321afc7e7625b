import { pageContentSecurityPolicy } from '@/lib/security/security-headers';
import { unavailablePath } from '@/lib/urls/unavailable-path';
import { defaultLocale } from '@haven/i18n';
import { inlineScriptHashes } from './inline-scripts';
import type { FinishHtml, HtmlAnswer } from './sealed-html';

/**
 * The site's final word on every HTML page: a CSP that allows exactly the framework's inline
 * scripts of this document, or, when the page failed (the CMS could not be read and no cached
 * version exists), a redirect to the "unavailable" page with the hotlines, in the page's language.
 */
export function pageAnswer(options: {
  isDev: boolean;
  upgradeInsecureRequests: boolean;
  onForeignScripts: (path: string) => void;
}): FinishHtml {
  return ({ request, status, body }): HtmlAnswer => {
    const path = request.url ?? '/';
    // The unavailable page needs no CMS; if even it fails, it is not sent to itself.
    const isUnavailablePage = /^\/[^/?]+\/unavailable(?:[/?]|$)/.test(path);
    if (status >= 500 && !isUnavailablePage && (request.method === 'GET' || request.method === 'HEAD')) {
      return {
        status: 307,
        headers: { location: unavailablePath(defaultLocale, path), 'cache-control': 'no-store' },
        body: Buffer.alloc(0),
      };
    }
    const { hashes, foreign } = inlineScriptHashes(body.toString('utf8'));
    if (foreign > 0) options.onForeignScripts(path.split('?')[0] ?? '/');
    const csp = pageContentSecurityPolicy({
      scriptHashes: hashes,
      isDev: options.isDev,
      upgradeInsecureRequests: options.upgradeInsecureRequests,
    });
    return { status, headers: { 'content-security-policy': csp }, body };
  };
}
