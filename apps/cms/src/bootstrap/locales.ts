import type { Core, UID } from '@strapi/strapi';
import i18n from '@haven/i18n/locales.json';
import { i18nLocales } from '../strapi-services';

/**
 * Creates the locale rows Haven needs that are missing, makes the default locale the default, and
 * lets roles work in them (see grantLocales).
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = i18nLocales(strapi);
  const existing = (await service.find()).map((locale) => locale.code);
  for (const locale of i18n.locales) {
    if (!existing.includes(locale.code)) {
      await service.create({ code: locale.code, name: `${locale.englishName} (${locale.code})` });
    }
  }
  if ((await service.getDefaultLocale()) !== i18n.defaultLocale) {
    await service.setDefaultLocale({ code: i18n.defaultLocale });
  }
  await grantLocales(strapi, existing);
}

interface PermissionRow {
  id: number;
  subject: string | null;
  properties: { locales?: unknown; [name: string]: unknown } | null;
}

/**
 * Strapi makes its Editor and Author roles with no locale at all on their Content Manager
 * permissions (the permission engine then allows none: editors could not open one translation).
 * A permission no one has given locales, or one that had every locale there was before this start,
 * gets every Haven locale; one an admin narrowed to some locales is left as it is.
 */
async function grantLocales(strapi: Core.Strapi, before: string[]): Promise<void> {
  const all = i18n.locales.map((locale) => locale.code);
  const permissions = strapi.db.query('admin::permission');
  const rows = (await permissions.findMany({
    select: ['id', 'subject', 'properties'],
    where: { action: { $startsWith: 'plugin::content-manager.explorer.' } },
  })) as PermissionRow[];
  for (const row of rows) {
    const schema = row.subject ? strapi.contentTypes[row.subject as UID.ContentType] : undefined;
    const localized = (schema?.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized;
    const locales = row.properties?.locales;
    const untouched = locales === undefined;
    const hadEvery =
      Array.isArray(locales) && before.every((code) => locales.includes(code)) && !all.every((code) => locales.includes(code));
    if (localized !== true || !(untouched || hadEvery)) continue;
    const granted = [...new Set([...(Array.isArray(locales) ? (locales as string[]) : []), ...all])];
    await permissions.update({ where: { id: row.id }, data: { properties: { ...row.properties, locales: granted } } });
  }
}
