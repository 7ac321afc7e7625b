import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { routing } from '@/i18n/routing';

// For a page without a slot page here (add one for every new page): each language's home page.
export default async function DefaultLanguageSwitcher({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  return <LanguageSwitcher href="/" />;
}
