import { execFileSync } from 'node:child_process';
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locale } from '@haven/i18n';
import { captureLogs, startCms, type RunningCms } from '@haven/cms/testing';
import sodium from 'libsodium-wrappers';
import { pathnames } from './i18n/pathnames';
import { issueFormToken } from './lib/consultation/form-token';
import { buildSite, freePort, startSite, type RunningSite } from './testing/site-harness';

/**
 * Sending a consultation request as a browser without JavaScript does (a multipart POST of the
 * form, hidden fields included), against the real CMS on the suite's database: what is typed is
 * sealed before it leaves the site, and no database, dump or log ever holds it.
 */
let cms: RunningCms;
let site: RunningSite;
let cmsLogs: ReturnType<typeof captureLogs>;

const requestUid = 'api::consultation-request.consultation-request';
const pagePath = (locale: Locale, page: '/request-help' | '/request-help/sent' = '/request-help') => `/${locale}${pathnames[page][locale]}`;

/** The form's hidden inputs (the action's own and the token), as a browser would send them back. */
function hiddenFields(html: string): [string, string][] {
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
  return [...form.matchAll(/<input[^>]*>/g)]
    .map((match) => match[0])
    .filter((input) => input.includes('type="hidden"'))
    .map((input) => [decode(/name="([^"]*)"/.exec(input)?.[1] ?? ''), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')]);
}
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

let client = 0;
/** Each send comes from its own visitor unless told otherwise (the form's rate limit is per client). */
async function send(
  locale: Locale,
  fields: Record<string, string | string[]>,
  options: { client?: string; token?: string; to?: RunningSite; beforePost?: () => void } = {},
) {
  const target = options.to ?? site;
  const headers = { 'x-real-ip': options.client ?? `203.0.113.${(client += 1) % 250}` };
  const page = await fetch(`${target.url}${pagePath(locale)}`, { headers });
  const form = new FormData();
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, name === 'token' && options.token ? options.token : value);
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(name, item);
  options.beforePost?.();
  const response = await fetch(`${target.url}${pagePath(locale)}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { ...headers, origin: target.url },
  });
  return { response, html: await response.text() };
}

const storedRequests = async () =>
  (await cms.strapi.db.query(requestUid).findMany({})) as { documentId: string; sealed: string; language: string }[];

async function open(sealed: string): Promise<Record<string, unknown>> {
  await sodium.ready;
  const publicKey = Buffer.from(site.intake.publicKey, 'base64');
  const privateKey = Buffer.from(site.intake.privateKey, 'base64');
  return JSON.parse(sodium.crypto_box_seal_open(Buffer.from(sealed, 'base64'), publicKey, privateKey, 'text')) as Record<string, unknown>;
}

beforeAll(async () => {
  buildSite();
  const port = await freePort();
  cms = await startCms({ webUrl: `http://localhost:${port}` });
  cmsLogs = captureLogs(cms);
  site = await startSite({ port, cmsUrl: cms.url, secrets: cms.secrets });
}, 600_000);

afterAll(async () => {
  cmsLogs?.stop();
  await site?.stop();
  await cms?.stop();
});

describe('a request typed with a marker in every text field', () => {
  const marker = `hvn${randomBytes(5).toString('hex')}`;
  let sealed = '';

  beforeAll(async () => {
    const before = (await storedRequests()).length;
    const { response } = await send('fa', {
      name: `${marker}name`,
      phone: '213 555 0199',
      call: 'yes',
      callTimes: `${marker}calltimes`,
      text: 'yes',
      textTimes: `${marker}texttimes`,
      email: `${marker}@example.org`,
      emailTimes: `${marker}emailtimes`,
      codeWord: `${marker}code`,
      county: 'Fresno',
      help: ['compensation', 'immigration'],
      message: `${marker}message — پیام`,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(pagePath('fa', '/request-help/sent'));
    const stored = await storedRequests();
    expect(stored).toHaveLength(before + 1);
    sealed = stored.at(-1)!.sealed;
  });

  it('is stored sealed, with only the page’s language beside it, and opens with the private key', async () => {
    const stored = (await storedRequests()).find((request) => request.sealed === sealed)!;
    expect(stored.language).toBe('fa');
    expect(sealed).not.toContain(marker);
    const request = await open(sealed);
    expect(request).toMatchObject({
      name: `${marker}name`,
      codeWord: `${marker}code`,
      county: 'Fresno',
      help: ['compensation', 'immigration'],
    });
    expect(request.contact).toEqual([
      { method: 'call', address: '213 555 0199', leaveMessage: false, sayWhoWeAre: false, safeTimes: `${marker}calltimes` },
      { method: 'text', address: '213 555 0199', leaveMessage: false, sayWhoWeAre: false, safeTimes: `${marker}texttimes` },
      { method: 'email', address: `${marker}@example.org`, leaveMessage: false, sayWhoWeAre: false, safeTimes: `${marker}emailtimes` },
    ]);
  });

  it('never appears in the database, a dump of it, or any log of the site or the CMS', () => {
    if (cms.client === 'postgres') {
      const url = new URL(process.env.DATABASE_URL!);
      const dump = execFileSync('pg_dump', ['--data-only', url.href], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(dump).toContain(sealed.slice(0, 40));
      expect(dump).not.toContain(marker);
    } else {
      const file = process.env.DATABASE_FILENAME!;
      const bytes = Buffer.concat([readFileSync(file), ...[`${file}-wal`].flatMap((wal) => (exists(wal) ? [readFileSync(wal)] : []))]);
      expect(bytes.includes(Buffer.from(sealed.slice(0, 40)))).toBe(true);
      expect(bytes.includes(Buffer.from(marker))).toBe(false);
    }
    expect(site.logs()).not.toContain(marker);
    expect(cmsLogs.lines().join('\n')).not.toContain(marker);
  });
});

const exists = (file: string) => {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
};

describe('what the visitor sees', () => {
  it('confirms without repeating anything they wrote', async () => {
    const marker = `hvn${randomBytes(5).toString('hex')}`;
    const { response } = await send('es', { selfContact: 'yes', message: marker });
    expect(response.status).toBe(303);
    const sent = await fetch(`${site.url}${response.headers.get('location')}`);
    const html = await sent.text();
    expect(sent.status).toBe(200);
    expect(html).toContain('Su solicitud fue enviada');
    expect(html).not.toContain(marker);
  });

  it('gives each bad field its own message, keeps what was typed in the form, and stores nothing', async () => {
    const before = (await storedRequests()).length;
    const { response, html } = await send('en', {
      phone: 'call me maybe',
      call: 'yes',
      email: 'ana at example',
      message: 'x'.repeat(1001),
      name: 'Ana',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(html).toContain('This does not look like a phone number.');
    expect(html).toContain('This does not look like an email address');
    expect(html).toContain('This is too long. Please use at most 1000 characters.');
    expect(html).toMatch(/id="request-phone"[^>]*value="call me maybe"|value="call me maybe"[^>]*id="request-phone"/);
    expect(html).toMatch(/aria-invalid="true"/);
    expect((await storedRequests()).length).toBe(before);
  });

  it('asks for a way to reach them when there is none', async () => {
    const { html } = await send('en', { message: 'hello' });
    expect(html).toContain('Give us one way to reach you');
  });

  it('refuses a filled-in hidden field and an expired form without storing, keeping what was typed', async () => {
    const before = (await storedRequests()).length;
    const bot = await send('en', { selfContact: 'yes', website: 'https://spam.example', name: 'Bot' });
    expect(bot.response.status).toBe(200);
    expect(bot.html).toContain('We could not send this form.');
    const old = issueFormToken(site.intake.formSecret, Date.now() - 3 * 60 * 60 * 1000);
    const expired = await send('en', { selfContact: 'yes', name: 'Ana' }, { token: old });
    expect(expired.html).toContain('for your safety it expired');
    expect(expired.html).toMatch(/value="Ana"/);
    const forged = await send('en', { selfContact: 'yes' }, { token: issueFormToken('not-the-site-secret-0123456789') });
    expect(forged.html).toContain('We could not send this form.');
    expect((await storedRequests()).length).toBe(before);
  });

  it('answers the 11th request in a minute from one client with a friendly 429', async () => {
    const one = '198.51.100.77';
    for (let i = 0; i < 10; i += 1) expect((await send('en', { selfContact: 'yes' }, { client: one })).response.status).toBe(303);
    const refused = await send('es', { selfContact: 'yes' }, { client: one });
    expect(refused.response.status).toBe(429);
    expect(refused.html).toContain('Espere un minuto');
    expect(refused.html).toContain('href="tel:');
    expect((await send('en', { selfContact: 'yes' })).response.status).toBe(303);
  });

  it('says, in every language but English, that the page’s words are a draft translation', async () => {
    const spanish = await (await fetch(`${site.url}${pagePath('es')}`)).text();
    expect(spanish).toContain('Esta traducción es un borrador');
    const english = await (await fetch(`${site.url}${pagePath('en')}`)).text();
    expect(english).not.toContain('draft translation');
  });

  it('sets no cookie on the form or the confirmation', async () => {
    const page = await fetch(`${site.url}${pagePath('en')}`);
    expect(page.headers.get('set-cookie')).toBeNull();
    const { response } = await send('en', { selfContact: 'yes' });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('keeps nothing half-written when the CMS is down, and points to the hotlines', async () => {
    // A second site whose way to the CMS can be cut, as in an outage, after the form was loaded.
    const state = { down: false };
    const target = new URL(cms.url);
    const relay = createServer((incoming, outgoing) => {
      if (state.down) return void incoming.socket.destroy();
      const upstream = forward(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const cut = await startSite({
      port: await freePort(),
      cmsUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
      secrets: cms.secrets,
    });
    try {
      const before = (await storedRequests()).length;
      const { response, html } = await send('fa', { selfContact: 'yes', name: 'Sara' }, { to: cut, beforePost: () => (state.down = true) });
      expect(response.status).toBe(200);
      expect(html).toContain('نتوانستیم درخواست شما را بفرستیم');
      expect(html).toMatch(/value="Sara"/);
      expect(html).toContain('href="tel:');
      expect((await storedRequests()).length).toBe(before);
    } finally {
      await cut.stop();
      relay.close();
    }
  });
});
