import type { Locale } from '@haven/i18n';
import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { cmsContent } from '@/lib/content/cms';
import { toShellSettings, type ShellSettings } from '@/lib/content/shell-settings';

/**
 * The layout's settings. Never throws: when the CMS cannot be read the shell still renders,
 * with the hotlines that ship with the site, so error pages can show them.
 */
export const getShellSettings = cache(async (locale: Locale): Promise<ShellSettings> => {
  try {
    return toShellSettings(await cmsContent.getSiteSettings({ locale }), locale);
  } catch (error) {
    unstable_rethrow(error);
    return toShellSettings(null, locale);
  }
});
