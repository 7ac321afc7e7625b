import { getDirection, type Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { splitAroundNumber } from '@/lib/language/around-number';
import { getFallbackHotlines } from '@/lib/content/fallback-hotlines';
import { getShellSettings } from '@/lib/content/site-settings';
import { ErrorPageTextProvider, type ErrorPageText } from './error-page-context';
import { HotlineBar } from './hotline-bar';
import { QuickExit } from './quick-exit/quick-exit';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The document around every page: skip link, Quick exit, header with the language switcher,
 * hotline bar, main content and footer. Used by the locale layout and by the root 404 page.
 */
export async function SiteShell({
  locale,
  languageSwitcher,
  children,
}: {
  locale: Locale;
  languageSwitcher: ReactNode;
  children: ReactNode;
}) {
  const [t, tMetadata, settings, errorPageText] = await Promise.all([
    getTranslations({ locale, namespace: 'SkipLink' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getShellSettings(locale),
    translateErrorPage(locale),
  ]);

  return (
    <html lang={locale} dir={getDirection(locale)}>
      <body>
        <ErrorPageTextProvider value={errorPageText}>
          <a href="#main" className="skip-link">
            {t('label')}
          </a>
          <QuickExit url={settings.quickExitUrl} />
          <SiteHeader siteName={settings.siteName ?? tMetadata('siteName')} languageSwitcher={languageSwitcher} />
          <HotlineBar hotlines={settings.hotlines} />
          <main id="main">{children}</main>
          <SiteFooter legalDisclaimer={settings.legalDisclaimer} footer={settings.footer} />
        </ErrorPageTextProvider>
      </body>
    </html>
  );
}

async function translateErrorPage(locale: Locale): Promise<ErrorPageText> {
  const [t, tHotline] = await Promise.all([
    getTranslations({ locale, namespace: 'ErrorPage' }),
    getTranslations({ locale, namespace: 'HotlineBar' }),
  ]);
  const around = (key: 'call' | 'text') => splitAroundNumber((phone) => tHotline.markup(key, { phone, number: (chunks) => chunks }));
  return {
    title: t('title'),
    description: t('description'),
    retry: t('retry'),
    help: t('help'),
    call: around('call'),
    text: around('text'),
    hotlines: getFallbackHotlines(locale),
  };
}
