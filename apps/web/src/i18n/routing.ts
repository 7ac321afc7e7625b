import { defaultLocale, localeCodes } from '@haven/i18n';
import { defineRouting } from 'next-intl/routing';
import { pathnames } from './pathnames';

// Locales missing from a localized pathname use the internal (English) path.
export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: false,
  localeDetection: true,
  // The proxy's Link header would give slug pages the same slug in every locale; pages set
  // hreflang themselves through their metadata instead.
  alternateLinks: false,
  pathnames,
});

export type AppPathname = keyof typeof routing.pathnames;
