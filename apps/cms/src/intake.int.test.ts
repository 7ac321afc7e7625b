import { randomBytes } from 'node:crypto';
import { graphql, signInNewAdmin, startCms, type RunningCms } from './testing';
import { deleteExpiredRequests } from './intake/retention';
import { requestUid } from './intake/uids';

/**
 * Consultation requests on a real CMS (SQLite, or PostgreSQL with DATABASE_CLIENT=postgres): only the
 * site's create-only token can store one, only intake staff (and super admins) can read one, every
 * opening and status change is recorded without the content, and retention deletes what is due.
 */
let cms: RunningCms;
const tokens: Record<'intake' | 'editor' | 'author', string> = { intake: '', editor: '', author: '' };

// What the site stores: a sealed box is opaque bytes to the CMS.
const sealedBox = () => randomBytes(120).toString('base64');

const submit = (data: Record<string, unknown>, token: string | undefined = cms.secrets.requestToken) =>
  fetch(`${cms.url}/api/consultation-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ data }),
  });

const intake = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${cms.url}/haven-intake${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

async function storedRequest(): Promise<string> {
  const response = await submit({ sealed: sealedBox(), language: 'fa' });
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { documentId: string } }).data.documentId;
}

beforeAll(async () => {
  cms = await startCms({ seed: false });
  tokens.intake = await signInNewAdmin(cms, 'haven-intake', 'Intake');
  tokens.editor = await signInNewAdmin(cms, 'strapi-editor', 'Editor');
  tokens.author = await signInNewAdmin(cms, 'strapi-author', 'Author');
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

describe('storing a request', () => {
  it('accepts a sealed request with the site’s token, always as new, keeping nothing else sent', async () => {
    const response = await submit({ sealed: sealedBox(), language: 'es', status: 'closed', closedAt: '2020-01-01T00:00:00Z' });
    expect(response.status).toBe(201);
    const { documentId } = ((await response.json()) as { data: { documentId: string } }).data;
    const row = (await cms.strapi.db.query(requestUid).findOne({ where: { documentId } })) as Record<string, unknown>;
    expect(row).toMatchObject({ language: 'es', status: 'new', closedAt: null });
  });

  it.each([
    ['text that is not base64', { sealed: 'not base64!', language: 'en' }, /^sealed:/],
    ['too short to be a sealed box', { sealed: 'QUJD', language: 'en' }, /^sealed:/],
    ['nothing sealed', { language: 'en' }, /^sealed:/],
    ['a language the site does not have', { sealed: sealedBox(), language: 'xx' }, /^language:/],
  ])('refuses %s with a message naming the field', async (_label, data, message) => {
    const response = await submit(data);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it('refuses the public, and lets the site’s token do nothing but create', async () => {
    expect((await submit({ sealed: sealedBox(), language: 'en' }, '')).status).toBe(403);
    const id = await storedRequest();
    for (const token of ['', cms.secrets.requestToken]) {
      const headers = token ? { authorization: `Bearer ${token}` } : undefined;
      for (const path of ['/api/consultation-requests', `/api/consultation-requests/${id}`, '/api/consultation-request-events']) {
        const status = (await fetch(`${cms.url}${path}`, { headers })).status;
        expect([path, token !== '', status >= 400 && status < 500]).toEqual([path, token !== '', true]);
      }
    }
    expect((await fetch(`${cms.url}/api/articles`, { headers: { authorization: `Bearer ${cms.secrets.requestToken}` } })).status).toBe(403);
  });

  it('has no GraphQL field for requests or their record', async () => {
    for (const query of ['{ consultationRequests { documentId } }', '{ consultationRequestEvents { documentId } }']) {
      const { body } = await graphql(cms, query, {}, cms.staffToken);
      expect(body.errors?.[0]?.message).toMatch(/Cannot query field/);
    }
  });
});

describe('reading requests in the admin', () => {
  it('lets intake staff list and open requests; editors, authors and the signed-out cannot', async () => {
    const id = await storedRequest();
    expect((await intake('/requests', '')).status).toBe(401);
    for (const role of ['editor', 'author'] as const) {
      expect([role, (await intake('/requests', tokens[role])).status]).toEqual([role, 403]);
      expect([role, (await intake(`/requests/${id}`, tokens[role])).status]).toEqual([role, 403]);
      // Nor through the Content Manager, whose API would otherwise serve any collection type.
      const contentManager = await fetch(`${cms.url}/content-manager/collection-types/${requestUid}`, {
        headers: { authorization: `Bearer ${tokens[role]}` },
      });
      expect([role, contentManager.status]).toEqual([role, 403]);
    }
    const list = await intake('/requests', tokens.intake);
    expect(list.status).toBe(200);
    const listed = ((await list.json()) as { data: Record<string, unknown>[] }).data.find((request) => request.documentId === id);
    expect(listed).toMatchObject({ language: 'fa', status: 'new' });
    expect(listed).not.toHaveProperty('sealed');
    const opened = await intake(`/requests/${id}`, tokens.intake);
    expect(opened.status).toBe(200);
    const stored = (await cms.strapi.db.query(requestUid).findOne({ where: { documentId: id } })) as { sealed: string };
    expect(((await opened.json()) as { data: { sealed: string } }).data.sealed).toBe(stored.sealed);
  });

  it('records who opened a request and who changed its status, and when, without its content', async () => {
    const id = await storedRequest();
    await intake(`/requests/${id}`, tokens.intake);
    const closed = await intake(`/requests/${id}/status`, tokens.intake, { method: 'PUT', body: JSON.stringify({ status: 'closed' }) });
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as { data: { closedAt: string | null } }).data.closedAt).not.toBeNull();
    const bad = await intake(`/requests/${id}/status`, tokens.intake, { method: 'PUT', body: JSON.stringify({ status: 'lost' }) });
    expect(bad.status).toBe(400);
    expect((await intake(`/requests/${id}/status`, tokens.editor, { method: 'PUT', body: JSON.stringify({ status: 'new' }) })).status).toBe(
      403,
    );
    const { data } = (await (await intake(`/requests/${id}`, tokens.intake)).json()) as {
      data: { events: { action: string; adminUserName: string; createdAt: string }[] };
    };
    expect(data.events.map((event) => event.action)).toEqual(['viewed', 'marked-closed', 'viewed']);
    expect(data.events.every((event) => event.adminUserName === 'Intake Tester' && event.createdAt)).toBe(true);
    const stored = (await cms.strapi.db.query(requestUid).findOne({ where: { documentId: id } })) as { sealed: string };
    const rows = await cms.strapi.db
      .query('api::consultation-request-event.consultation-request-event')
      .findMany({ where: { request: id } });
    expect(JSON.stringify(rows)).not.toContain(stored.sealed.slice(0, 40));
  });
});

describe('retention', () => {
  it('deletes closed requests once their days are up and keeps open ones; at the maximum age, all', async () => {
    await cms.strapi.db.query(requestUid).deleteMany({});
    const [closed, open, contacted] = [await storedRequest(), await storedRequest(), await storedRequest()];
    await intake(`/requests/${closed}/status`, tokens.intake, { method: 'PUT', body: JSON.stringify({ status: 'closed' }) });
    await intake(`/requests/${contacted}/status`, tokens.intake, { method: 'PUT', body: JSON.stringify({ status: 'contacted' }) });
    const later = new Date(Date.now() + 1000);
    expect(await deleteExpiredRequests(cms.strapi, { now: later, closedDays: 30, maxAgeDays: 90 })).toBe(0);
    expect(await deleteExpiredRequests(cms.strapi, { now: later, closedDays: 0, maxAgeDays: 90 })).toBe(1);
    const left = (await cms.strapi.db.query(requestUid).findMany({ select: ['documentId'] })) as { documentId: string }[];
    expect(left.map((request) => request.documentId).sort()).toEqual([open, contacted].sort());
    const events = await cms.strapi.db
      .query('api::consultation-request-event.consultation-request-event')
      .findMany({ where: { request: closed } });
    expect(events).toEqual([]);
    expect(await deleteExpiredRequests(cms.strapi, { now: later, closedDays: 30, maxAgeDays: 0 })).toBe(2);
  });
});
