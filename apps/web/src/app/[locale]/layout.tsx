import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site-shell';
import { env } from '@/env';
import { routing } from '@/i18n/routing';
import { getShellSettings } from '@/lib/content/site-settings';

type Params = Promise<{ locale: string }>;

// Pages are generated on a visitor's first request, never at build time (the build needs no CMS),
// then served from the cache until a publish revalidates their tags.
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getShellSettings(locale)]);
  const siteName = settings.siteName ?? t('siteName');
  return {
    metadataBase: new URL(`${env.SITE_URL}/`),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: settings.tagline ?? t('description'),
    applicationName: siteName,
    referrer: 'no-referrer',
  };
}

/**
 * `languageSwitcher` is a parallel route (app/[locale]/@languageSwitcher) so it is rendered
 * for each page, even on client-side navigation where this layout is not: a page whose
 * document lives under other slugs in other locales gives its own slot page there.
 */
export default async function LocaleLayout({
  children,
  languageSwitcher,
  params,
}: {
  children: ReactNode;
  languageSwitcher: ReactNode;
  params: Params;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteShell locale={locale} languageSwitcher={languageSwitcher}>
      {children}
    </SiteShell>
  );
}
