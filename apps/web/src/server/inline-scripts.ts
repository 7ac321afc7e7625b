import { createHash } from 'node:crypto';

/**
 * How the inline scripts Next and React write begin: the RSC payload (`self.__next_f`), the
 * bundler's chunk list (`globalThis["TURBOPACK"]`) and React's streaming helpers (`$RC`, `$RS`, …). Every other inline script is left without a hash,
 * so the browser refuses it: Haven's own code never writes one, so it can only be an injection.
 */
const frameworkScript =
  /^(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\]|\$R[A-Z]\b|requestAnimationFrame\(function\(\)\{\$RT\b|document\.currentScript\b)/;

/** Script types a browser runs; JSON-LD and other data blocks are never executed and need no hash. */
const executableTypes = new Set(['', 'text/javascript', 'module', 'application/javascript']);

export interface InlineScripts {
  /** CSP sources ('sha256-…') of the framework's inline scripts, in document order, once each */
  hashes: string[];
  /** inline scripts that are not the framework's and stay blocked */
  foreign: number;
}

// React escapes "</script" inside the payload it inlines, so a script's text ends at the first "</script".
const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);

/** The hashes a page's CSP needs for the inline scripts of this HTML, computed as the browser does (UTF-8 text, sha256). */
export function inlineScriptHashes(html: string): InlineScripts {
  const hashes = new Set<string>();
  let foreign = 0;
  for (const [, attributes = '', text = ''] of html.matchAll(scriptTag)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = attribute(attributes, 'type');
    if (!executableTypes.has((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase())) continue;
    if (!frameworkScript.test(text)) {
      foreign += 1;
      continue;
    }
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return { hashes: [...hashes], foreign };
}
