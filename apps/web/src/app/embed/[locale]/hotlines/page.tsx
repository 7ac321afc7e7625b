import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import { pageLocale } from '@/lib/content/page-locale';
import { getShellSettings } from '@/lib/content/site-settings';
import { localizedPath } from '@/lib/urls/site-urls';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'HotlineBar' });
  return { title: t('label') };
}

/** The featured hotlines for partner sites (/embed/hotlines?lang=): one tap to call or text. */
export default async function HotlinesEmbed({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, tHome, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'HotlineBar' }),
    getTranslations({ locale, namespace: 'HomePage' }),
    getShellSettings(locale),
  ]);
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;
  return (
    <>
      <h1>{t('label')}</h1>
      <p>{tHome('hotlinesIntro')}</p>
      <HotlineList
        hotlines={settings.hotlines}
        callLabel={(phone) => t.rich('call', { phone, number })}
        textLabel={(phone) => t.rich('text', { phone, number })}
      />
      <p>
        <a href={localizedPath(locale, '/request-help')} target="_top">
          {t('write')}
        </a>
      </p>
    </>
  );
}
