import contract from '@haven/content/contract.json';

/**
 * Field formats Haven's editors must get right, because visitors act on them: a phone number
 * becomes a one-tap tel: link, a slug becomes a URL partners print. Pure functions, each returning
 * the problem as text (to follow the field's name) or null when the value is acceptable.
 */
export type Rule = (value: unknown) => string | null;

const PHONE = /^\+?[0-9(][0-9 ().-]{1,30}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

const optional =
  (rule: Rule): Rule =>
  (value) =>
    value === null || value === undefined || value === '' ? null : rule(value);

export const phoneNumber: Rule = optional((value) =>
  typeof value === 'string' && PHONE.test(value) && (value.match(/[0-9]/g) ?? []).length >= 3
    ? null
    : 'must be a phone number of digits, spaces, "-", "(" and ")", e.g. 1-888-373-7888 or 988',
);

export const email: Rule = optional((value) =>
  typeof value === 'string' && EMAIL.test(value) && value.length <= 254 ? null : 'must be an email address, e.g. help@example.org',
);

function webUrl(protocols: readonly string[]): Rule {
  return optional((value) => {
    const example = `must be a full ${protocols.join(' or ')} address, e.g. https://example.org`;
    if (typeof value !== 'string' || value.length > 500) return example;
    try {
      const url = new URL(value);
      const okProtocol = protocols.includes(url.protocol.slice(0, -1));
      return okProtocol && url.hostname.includes('.') && !url.username && !url.password ? null : example;
    } catch {
      return example;
    }
  });
}

export const httpUrl = webUrl(['http', 'https']);
export const httpsUrl = webUrl(['https']);

export const slug: Rule = optional((value) =>
  typeof value === 'string' && SLUG.test(value) && value.length <= 120
    ? null
    : 'must use only lower-case letters a–z, digits and single hyphens, e.g. clearing-your-record',
);

export const languageCodes: Rule = optional((value) => {
  if (!Array.isArray(value)) return 'must be a list of BCP 47 language codes, e.g. ["en", "es"]';
  const bad: unknown = (value as unknown[]).find((code) => typeof code !== 'string' || !isLanguageCode(code));
  return bad === undefined ? null : `contains ${JSON.stringify(bad)}, which is not a BCP 47 language code such as "en" or "zh-Hant"`;
});

export const countyList: Rule = optional((value) =>
  Array.isArray(value) && value.every((county) => typeof county === 'string' && county.trim().length > 0 && county.length <= 60)
    ? null
    : 'must be a list of county names, e.g. ["Los Angeles"] or ["Statewide"]',
);

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A canonical BCP 47 tag whose language Intl can name ("xx" is well-formed but names no language). */
export function isLanguageCode(code: string): boolean {
  try {
    if (Intl.getCanonicalLocales(code)[0] !== code) return false;
  } catch {
    return false;
  }
  return languageNames.of(code.split('-')[0]!) !== undefined;
}

const linkProtocols: readonly string[] = contract.linkProtocols;

/** Every link URL in a Strapi blocks value (links sit inside paragraphs, list items, headings, quotes). */
function linkUrls(node: unknown): unknown[] {
  if (Array.isArray(node)) return node.flatMap(linkUrls);
  if (!node || typeof node !== 'object') return [];
  const { type, url, children } = node as { type?: unknown; url?: unknown; children?: unknown };
  return [...(type === 'link' ? [url] : []), ...linkUrls(children)];
}

function isAllowedLink(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return linkProtocols.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Rich text may only link to web pages, email addresses and phone numbers. The site already renders
 * any other link as plain text; refusing it here tells the editor, instead of silently dropping it.
 */
export const richTextLinks: Rule = optional((value) => {
  const bad = linkUrls(value).filter((url) => !isAllowedLink(url));
  if (bad.length === 0) return null;
  const shown = bad.map((url) => `"${String(url).slice(0, 80)}"`).join(', ');
  return `has links that are not allowed: ${shown}; links must start with https://, http://, mailto: or tel:`;
});
