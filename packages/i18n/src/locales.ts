import data from './locales.json';

/**
 * Haven's locales. The list itself lives in locales.json so the CMS, whose compiled CommonJS
 * cannot load TypeScript from another package, reads the very same data at run time.
 * `localeCodes` gives the site literal types; loading fails at once if the two disagree.
 */
export const localeCodes = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'fil', 'fa'] as const;

export type Locale = (typeof localeCodes)[number];
export type TextDirection = 'ltr' | 'rtl';

export interface LocaleDefinition {
  code: Locale;
  englishName: string;
  nativeName: string;
  dir: TextDirection;
}

if (data.locales.map((l) => l.code).join() !== localeCodes.join()) {
  throw new Error('packages/i18n: localeCodes in locales.ts must list the codes of locales.json in order');
}

export const locales = data.locales as readonly LocaleDefinition[];

export const defaultLocale = data.defaultLocale as Locale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

export function getLocale(code: Locale): LocaleDefinition {
  const found = locales.find((locale) => locale.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}

export function getDirection(code: Locale): TextDirection {
  return getLocale(code).dir;
}
