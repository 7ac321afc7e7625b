import { defaultLocale, getDirection } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { QuickExitLink } from '@/components/quick-exit/quick-exit';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { env } from '@/env';
import { pageLocale } from '@/lib/content/page-locale';
import { getShellSettings } from '@/lib/content/site-settings';
import { localizedPath } from '@/lib/urls/site-urls';
import styles from './embed.module.css';

type Params = Promise<{ locale: string }>;

// Generated on a partner visitor's first request, then cached until a publish revalidates them.
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getShellSettings(locale)]);
  const siteName = settings.siteName ?? t('siteName');
  return {
    metadataBase: new URL(`${env.SITE_URL}/`),
    title: { default: siteName, template: `%s · ${siteName}` },
    // A piece of Haven inside a partner's page: search engines index Haven's own pages.
    robots: { index: false, follow: true },
    referrer: 'no-referrer',
  };
}

/**
 * The document around an embed, the part of Haven a partner site shows in an iframe: no site
 * chrome, nothing that needs JavaScript, every link leaving the frame for the partner's whole
 * window, and a Quick exit that leaves that window too.
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Params }) {
  const locale = await pageLocale(params);
  const [t, tMetadata, tFooter, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Embed' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Footer' }),
    getShellSettings(locale),
  ]);
  const siteName = settings.siteName ?? tMetadata('siteName');
  return (
    <html lang={locale} dir={getDirection(locale)}>
      <body className={styles.embed}>
        <header className={styles.header}>
          <p className={styles.siteName}>{siteName}</p>
          <QuickExitLink url={settings.quickExitUrl} variant="embed" />
        </header>
        <main className={styles.main}>{children}</main>
        <footer className={styles.footer}>
          <p>
            <a href={localizedPath(locale, '/')} target="_top">
              {t('more', { siteName })}
            </a>
          </p>
          <p>{tFooter('notLegalAdvice')}</p>
          {/* Haven's own words in other languages are drafts awaiting review, as on the site. */}
          <TranslationStatusNotice status={locale === defaultLocale ? 'original' : 'draft_translation'} locale={locale} />
        </footer>
      </body>
    </html>
  );
}
