import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { routing } from '@/i18n/routing';
import { content } from '@/lib/content/cms';
import { documentLanguageAlternates } from '@/lib/urls/document-language-alternates';

export default async function ResourceLanguageSwitcher({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const alternates = await documentLanguageAlternates({
    pathname: '/resources/[slug]',
    locale,
    find: (inLocale) => content.getResource({ locale: inLocale, slug }),
  });
  return alternates ? <LanguageSwitcher alternates={alternates} /> : <LanguageSwitcher href="/resources" />;
}
