import type { Core } from '@strapi/strapi';
import { env } from '../env';

/** Local development only: an admin account from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD, so the panel opens at once. */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi): Promise<void> {
  if (env.NODE_ENV !== 'development') return;
  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;
  await users.create({
    email: env.CMS_ADMIN_EMAIL,
    firstname: 'Haven',
    lastname: 'Editor',
    password: env.CMS_ADMIN_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created local admin ${env.CMS_ADMIN_EMAIL} (development only)`);
}
