import type { Resource } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';
import captured from '@/generated/hotlines.json';

export type FallbackHotline = Pick<Resource, 'name' | 'phone' | 'sms'>;

/**
 * The featured hotlines as they were when the site was built (scripts/capture-hotlines.mjs), for
 * pages that must not depend on the CMS: the "unavailable" and error pages, and the hotline bar
 * when site settings cannot be read.
 */
export const fallbackHotlines: Partial<Record<Locale, readonly FallbackHotline[]>> = captured;

export function getFallbackHotlines(locale: Locale): readonly FallbackHotline[] {
  return fallbackHotlines[locale] ?? fallbackHotlines[defaultLocale] ?? [];
}
