import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

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

export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: siteUrl(), ...options });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the journeys through jest.e2e.config.js`);
  return value;
}
