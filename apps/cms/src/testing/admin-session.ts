import { randomBytes } from 'node:crypto';
import type { RunningCms } from './cms-harness';

/**
 * Creates an admin account with the role `roleCode` (e.g. strapi-editor, haven-intake) and signs
 * it in once, as the admin panel does, returning its JWT. Each account signs in once: Strapi
 * allows five wrong tries per email and IP, and a test never needs more than one session.
 */
export async function signInNewAdmin(cms: RunningCms, roleCode: string, name: string): Promise<string> {
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number } | null;
  if (!role) throw new Error(`No admin role "${roleCode}"`);
  // Strapi keeps emails lowercase: an uppercase one would never sign in.
  const email = `${name.toLowerCase()}-${randomBytes(3).toString('hex')}@haven.test`;
  const password = `Pw-${randomBytes(12).toString('hex')}A1`;
  await cms.strapi
    .service('admin::user')
    .create({ email, firstname: name, lastname: 'Tester', password, isActive: true, roles: [role.id] });
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data: { token: string } | null };
  if (!body.data) throw new Error(`${name} could not sign in: ${JSON.stringify(body)}`);
  return body.data.token;
}
