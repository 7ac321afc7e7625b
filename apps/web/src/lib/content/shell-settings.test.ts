import type { Resource, SiteSettings } from '@haven/content';
import { fallbackHotlines } from '@/lib/content/fallback-hotlines';
import { defaultQuickExitUrl, toQuickExitUrl, toShellSettings } from '@/lib/content/shell-settings';

const hotline = (fields: Partial<Resource>): Resource => ({
  documentId: 'r1',
  locale: 'en',
  name: 'Hotline',
  slug: 'hotline',
  description: '',
  kind: 'hotline',
  phone: null,
  sms: null,
  tty: null,
  email: null,
  website: null,
  hoursText: null,
  open24x7: true,
  free: true,
  confidential: true,
  counties: [],
  languagesSpoken: [],
  lastVerifiedOn: null,
  translationStatus: 'original',
  outdatedSince: null,
  localizations: [],
  ...fields,
});

const settings = (fields: Partial<SiteSettings>): SiteSettings => ({
  locale: 'es',
  siteName: 'Haven',
  tagline: 'Ayuda legal',
  quickExitUrl: 'https://weather.example/',
  legalDisclaimer: 'Información general.',
  safetyNotice: '',
  resourceCheckMonths: 6,
  requestPolicy: '',
  requestResponseTime: '',
  footer: '',
  featuredHotlines: [],
  ...fields,
});

describe('toQuickExitUrl', () => {
  it('keeps an absolute https URL', () => {
    expect(toQuickExitUrl('https://www.weather.gov/')).toBe('https://www.weather.gov/');
  });

  it.each([null, '', 'javascript:alert(1)', 'http://example.com/', '/en', 'https://user:pw@example.com/'])(
    'falls back to the neutral default for %p',
    (value) => {
      expect(toQuickExitUrl(value)).toBe(defaultQuickExitUrl);
    },
  );
});

describe('toShellSettings', () => {
  it('uses the featured hotlines that have a number', () => {
    const shell = toShellSettings(
      settings({
        featuredHotlines: [
          hotline({ name: 'Línea', phone: '1-888-373-7888', sms: '233733' }),
          hotline({ name: 'Sin número', website: 'https://example.org' }),
        ],
      }),
      'es',
    );
    expect(shell.hotlines).toEqual([{ name: 'Línea', phone: '1-888-373-7888', sms: '233733' }]);
    expect(shell.quickExitUrl).toBe('https://weather.example/');
  });

  it('falls back to the built-in hotlines in the visitor language when the CMS has none', () => {
    expect(toShellSettings(settings({}), 'es').hotlines).toBe(fallbackHotlines.es);
    expect(toShellSettings(null, 'fa').hotlines).toBe(fallbackHotlines.fa);
  });

  it('gives safe defaults when there are no settings at all', () => {
    const shell = toShellSettings(null, 'en');
    expect(shell.siteName).toBeNull();
    expect(shell.legalDisclaimer).toBeNull();
    expect(shell.quickExitUrl).toBe(defaultQuickExitUrl);
  });
});
