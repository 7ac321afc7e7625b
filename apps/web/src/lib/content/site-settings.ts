import type { SiteSettings } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { cmsContent, content } from '@/lib/content/cms';
import { findWithFallback } from '@/lib/content/fallback';
import { toShellSettings, type ShellSettings } from '@/lib/content/shell-settings';

// Site settings are read two ways, both here: the shell must render even when the CMS cannot be read
// (error pages show it), while a page's own use of them fails like any other read.

/**
 * The layout's settings. When the CMS cannot be read the shell still renders, with the hotlines
 * that ship with the site, so error and "unavailable" pages can show them; such a render is made
 * per request (`connection()`), so it never replaces a cached page, and a cached page being
 * regenerated keeps its last good version.
 */
export const getShellSettings = cache(async (locale: Locale): Promise<ShellSettings> => {
  try {
    return toShellSettings(await cmsContent.getSiteSettings({ locale }), locale);
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      `site settings could not be read, the shell uses its own hotlines: ${error instanceof Error ? error.message : String(error)}`,
    );
    await connection();
    return toShellSettings(null, locale);
  }
});

/**
 * Site settings for content pages (featured hotlines as full resources, site name, tagline):
 * the visitor's locale, else the default locale's until translated, else null. Throws when the
 * CMS fails, like every page getter.
 */
export const getSettingsWithFallback = cache(async (locale: Locale): Promise<SiteSettings | null> => {
  const found = await findWithFallback(locale, (l) => content.getSiteSettings({ locale: l }));
  return found.kind === 'not-found' ? null : found.document;
});
