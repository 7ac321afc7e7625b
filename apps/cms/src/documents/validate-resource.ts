import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Checks the JSON fields of a Resource, which Strapi cannot validate by schema. */
export function registerResourceValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === 'api::resource.resource' && (context.action === 'create' || context.action === 'update')) {
      const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
      if ('languagesSpoken' in data) assertLanguageCodes(data.languagesSpoken);
      if ('counties' in data) assertCounties(data.counties);
    }
    return next();
  });
}

function fail(field: string, message: string): never {
  throw new errors.ValidationError(`${field} ${message}`, {
    errors: [{ path: [field], message: `${field} ${message}`, name: 'ValidationError' }],
  });
}

/** Throws a ValidationError naming `languagesSpoken` unless the value is a list of canonical BCP 47 codes. */
export function assertLanguageCodes(value: unknown): void {
  if (value === null || value === undefined) return;
  if (!Array.isArray(value)) fail('languagesSpoken', 'must be a list of BCP 47 language codes, e.g. ["en", "es"]');
  for (const code of value) {
    if (typeof code !== 'string' || !isCanonicalLanguageTag(code)) {
      fail('languagesSpoken', `contains "${String(code)}", which is not a BCP 47 language code such as "en" or "zh-Hant"`);
    }
  }
}

function isCanonicalLanguageTag(code: string): boolean {
  // Intl accepts any well-formed tag, including made-up ones like "xx"; a real language must also have a name.
  try {
    if (Intl.getCanonicalLocales(code)[0] !== code) return false;
  } catch {
    return false;
  }
  const language = code.split('-')[0]!;
  const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language);
  return name !== undefined;
}

/** Throws a ValidationError naming `counties` unless the value is a list of county names. */
export function assertCounties(value: unknown): void {
  if (value === null || value === undefined) return;
  const ok =
    Array.isArray(value) &&
    value.every((county) => typeof county === 'string' && county.trim().length > 0 && county.length <= 60);
  if (!ok) fail('counties', 'must be a list of county names, e.g. ["Los Angeles"] or ["Statewide"]');
}
