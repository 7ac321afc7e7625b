import type { SiteSettings } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { cache } from 'react';
import { content } from '@/lib/content/cms';
import { findWithFallback } from '@/lib/content/fallback';

/**
 * Site settings for content pages (featured hotlines as full resources, site name, tagline):
 * the visitor's locale, else the default locale's until translated, else null. Throws when the
 * CMS fails, like every getter.
 */
export const getSettingsWithFallback = cache(async (locale: Locale): Promise<SiteSettings | null> => {
  const found = await findWithFallback(locale, (l) => content.getSiteSettings({ locale: l }));
  return found.kind === 'not-found' ? null : found.document;
});
