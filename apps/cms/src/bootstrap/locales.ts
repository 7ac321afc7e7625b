import type { Core } from '@strapi/strapi';
import i18n from '@haven/i18n/locales.json';
import { i18nLocales } from '../strapi-services';

/** Creates the locale rows Haven needs that are missing, and makes the default locale the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = i18nLocales(strapi);
  const existing = await service.find();
  const existingCodes = new Set(existing.map((locale) => locale.code));
  for (const locale of i18n.locales) {
    if (!existingCodes.has(locale.code)) {
      await service.create({ code: locale.code, name: `${locale.englishName} (${locale.code})` });
    }
  }
  if ((await service.getDefaultLocale()) !== i18n.defaultLocale) {
    await service.setDefaultLocale({ code: i18n.defaultLocale });
  }
}
