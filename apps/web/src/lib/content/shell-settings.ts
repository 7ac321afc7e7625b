import type { SiteSettings } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { getFallbackHotlines, type FallbackHotline } from '@/lib/content/fallback-hotlines';

export const defaultQuickExitUrl = 'https://www.google.com/';

export type Hotline = FallbackHotline;

/** What the layout needs from site settings, with a safe value for everything the CMS may lack. */
export interface ShellSettings {
  /** null: use the translated default */
  siteName: string | null;
  tagline: string | null;
  quickExitUrl: string;
  legalDisclaimer: string | null;
  footer: string | null;
  hotlines: readonly Hotline[];
}

/** The Quick exit destination: an absolute https URL, else the neutral default. */
export function toQuickExitUrl(value: string | null | undefined): string {
  if (!value) return defaultQuickExitUrl;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : defaultQuickExitUrl;
  } catch {
    return defaultQuickExitUrl;
  }
}

const text = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

export function toShellSettings(settings: SiteSettings | null, locale: Locale): ShellSettings {
  const featured = (settings?.featuredHotlines ?? [])
    .filter((resource) => text(resource.phone) !== null || text(resource.sms) !== null)
    .map(({ name, phone, sms }) => ({ name, phone: text(phone), sms: text(sms) }));
  return {
    siteName: text(settings?.siteName),
    tagline: text(settings?.tagline),
    quickExitUrl: toQuickExitUrl(settings?.quickExitUrl),
    legalDisclaimer: text(settings?.legalDisclaimer),
    footer: text(settings?.footer),
    hotlines: featured.length > 0 ? featured : getFallbackHotlines(locale),
  };
}
