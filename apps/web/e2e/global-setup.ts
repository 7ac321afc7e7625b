import { startCms, type RunningCms } from '@haven/cms/testing';
import { buildSite, freePort, startSite, type RunningSite } from '../src/testing/site-harness';

/** Editor account the journeys sign in with (test database only). */
export const editor = { email: 'editor@haven.test', password: 'Editor-e2e-1' };
/** Intake staff (the Intake role), and an editor who is not a super admin. */
export const intake = { email: 'intake@haven.test', password: 'Intake-e2e-1' };
export const plainEditor = { email: 'plain-editor@haven.test', password: 'Editor-e2e-2' };

declare global {
  var havenStack: { cms: RunningCms; site: RunningSite } | undefined;
}

/**
 * Starts the whole stack once for every browser journey (the CMS serving its admin panel, for the
 * editor journeys) and hands the tests its addresses through the environment (the tests run in a
 * worker; the CMS stays in this process).
 */
export default async function globalSetup(): Promise<void> {
  buildSite();
  const port = await freePort();
  const cms = await startCms({ webUrl: `http://localhost:${port}`, adminPanel: true });
  const site = await startSite({ port, cmsUrl: cms.url, secrets: cms.secrets });
  const superAdmin = await cms.strapi.service('admin::role').getSuperAdmin();
  await cms.strapi.service('admin::user').create({
    email: editor.email,
    firstname: 'Test',
    lastname: 'Editor',
    password: editor.password,
    isActive: true,
    roles: [superAdmin.id],
  });
  // Intake staff, and an editor without super-admin rights, for the consultation request journeys.
  for (const [roleCode, account] of [
    ['haven-intake', intake],
    ['strapi-editor', plainEditor],
  ] as const) {
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number };
    await cms.strapi.service('admin::user').create({ ...account, firstname: 'Test', lastname: roleCode, isActive: true, roles: [role.id] });
  }
  globalThis.havenStack = { cms, site };
  Object.assign(process.env, {
    HAVEN_SITE_URL: site.url,
    HAVEN_CMS_URL: cms.url,
    HAVEN_EDITOR_EMAIL: editor.email,
    HAVEN_EDITOR_PASSWORD: editor.password,
    HAVEN_INTAKE_EMAIL: intake.email,
    HAVEN_INTAKE_PASSWORD: intake.password,
    HAVEN_PLAIN_EDITOR_EMAIL: plainEditor.email,
    HAVEN_PLAIN_EDITOR_PASSWORD: plainEditor.password,
    HAVEN_INTAKE_PRIVATE_KEY: site.intake.privateKey,
  });
}
