import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { adminRoles, adminUsers } from '../strapi-services';

/** Local development only: an admin account from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD, so the panel opens at once. */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi): Promise<void> {
  if (env.NODE_ENV !== 'development') return;
  const users = adminUsers(strapi);
  if ((await users.count()) > 0) return;
  const superAdmin = await adminRoles(strapi).getSuperAdmin();
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
