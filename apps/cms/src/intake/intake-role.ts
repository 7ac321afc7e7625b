import type { Core } from '@strapi/strapi';
import { adminPermissions, adminRoles } from '../strapi-services';
import { eventUid, intakePermissionUid, readRequestsAction, requestUid } from './uids';

const intakeRoleCode = 'haven-intake';

/** Registers the permission behind the Consultation requests page: must run in `register`, before Strapi checks stored permissions. */
export async function registerIntakePermission(strapi: Core.Strapi): Promise<void> {
  await adminPermissions(strapi).actionProvider.registerMany([
    {
      section: 'settings',
      category: 'Haven',
      subCategory: 'Consultation requests',
      displayName: 'Read and update consultation requests',
      uid: intakePermissionUid,
    },
  ]);
}

/**
 * The Intake role (created if missing): intake staff read requests and change their status, and
 * nothing else. No other role but the super admin's may touch requests or their record, whatever
 * an earlier version or a hand-made role granted.
 */
export async function ensureIntakeRole(strapi: Core.Strapi): Promise<void> {
  const roles = adminRoles(strapi);
  const role =
    (await roles.findOne({ code: intakeRoleCode })) ??
    (await roles.create({
      name: 'Intake',
      code: intakeRoleCode,
      description: 'Intake staff: read consultation requests (with the organisation’s private key) and mark them contacted or closed.',
    }));
  await roles.assignPermissions(role.id, [{ action: readRequestsAction, subject: null, properties: {}, conditions: [] }]);

  const superAdmin = await roles.getSuperAdmin();
  const stray = (await strapi.db.query('admin::permission').findMany({
    where: {
      $or: [{ subject: { $in: [requestUid, eventUid] } }, { action: readRequestsAction }],
      role: { id: { $notIn: [role.id, superAdmin?.id ?? 0] } },
    },
  })) as { id: number }[];
  if (stray.length > 0) await strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: stray.map((row) => row.id) } } });
}
