import { defaultLocale, isLocale, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteShell } from '@/components/site-shell';
import { getShellSettings } from '@/lib/content/site-settings';
import './globals.css';

/**
 * Every URL no page answers (/en/no-such-page, and /xx/… after the proxy has prefixed the
 * visitor's locale) lands here, outside app/[locale]. A global not-found page (not app/not-found.tsx)
 * is rendered only for those URLs: a root not-found boundary would be rendered into every page,
 * and its reading of the request's locale would make every page dynamic. There is deliberately no catch-all page
 * calling notFound() under [locale]: Next renders notFound() thrown from a page as an empty
 * document until JavaScript runs (vercel/next.js#62228), while this page is server-rendered.
 * The locale is the one the proxy resolved.
 */
async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const [t, tMetadata, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFoundPage' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getShellSettings(locale),
  ]);
  return { title: `${t('metaTitle')} · ${settings.siteName ?? tMetadata('siteName')}` };
}

export default async function RootNotFound() {
  const locale = await requestLocale();
  return (
    <SiteShell locale={locale} languageSwitcher={<LanguageSwitcher href="/" />}>
      <NotFoundContent locale={locale} />
    </SiteShell>
  );
}
