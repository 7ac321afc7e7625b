import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser; no background traffic to Google. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const siteUrl = (): string => required('HAVEN_SITE_URL');
export const cmsUrl = (): string => required('HAVEN_CMS_URL');
export const editorAccount = () => ({ email: required('HAVEN_EDITOR_EMAIL'), password: required('HAVEN_EDITOR_PASSWORD') });
export const intakeAccount = () => ({ email: required('HAVEN_INTAKE_EMAIL'), password: required('HAVEN_INTAKE_PASSWORD') });
export const plainEditorAccount = () => ({
  email: required('HAVEN_PLAIN_EDITOR_EMAIL'),
  password: required('HAVEN_PLAIN_EDITOR_PASSWORD'),
});
/** The private key of the organisation key pair the test site seals requests to. */
export const intakePrivateKey = (): string => required('HAVEN_INTAKE_PRIVATE_KEY');

export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: siteUrl(), ...options });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the journeys through jest.e2e.config.js`);
  return value;
}

/**
 * One browser for a test file, launched before its tests and closed after; contexts handed to
 * `track` are closed after each test.
 */
export function browserPerFile(): { browser: () => Browser; track: (context: BrowserContext) => BrowserContext } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is launched in beforeAll');
      return browser;
    },
    track: (context) => {
      contexts.push(context);
      return context;
    },
  };
}

/** Signs `account` in to the Strapi admin panel in `page`, as a person does; ends once the panel's navigation shows. */
export async function signInToAdmin(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${cmsUrl()}/admin`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('navigation').first().waitFor();
}
