import type { Core } from '@strapi/strapi';
import { publicCollectionTypes, publicSingleTypes } from '../content-types';

/** Everything the Public role may do: read published content and the list of locales. Nothing else. */
export const publicActions: readonly string[] = [
  ...publicCollectionTypes.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...publicSingleTypes.map((uid) => `${uid}.find`),
  'plugin::i18n.locales.listLocales',
];

/**
 * Makes the Public role's permissions exactly `publicActions` (removing Strapi's defaults such as
 * registration and password reset) and turns self-registration off.
 */
export async function restrictPublicRole(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] })) as {
    id: number;
    permissions?: { id: number; action: string }[];
  } | null;
  if (!role) throw new Error('The users-permissions Public role is missing');

  const permissions = role.permissions ?? [];
  const allowed = new Set(publicActions);
  const surplus = permissions.filter((permission) => !allowed.has(permission.action));
  if (surplus.length > 0) {
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { id: { $in: surplus.map((permission) => permission.id) } } });
  }
  const present = new Set(permissions.map((permission) => permission.action));
  for (const action of publicActions.filter((action) => !present.has(action))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
