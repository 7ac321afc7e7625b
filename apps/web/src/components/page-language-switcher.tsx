import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type AppPathname } from '@/i18n/routing';
import type { SearchParams } from '@/lib/search/search-params';
import { LanguageSwitcher } from './language-switcher';

type StaticPathname = Exclude<AppPathname, `${string}[${string}`>;

interface SlotProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

/**
 * The @languageSwitcher slot page of a page that has the same path in every locale: it links
 * to that page in each language. With `keepQuery` (pages driven by their query: search terms,
 * filters) the links keep it; other pages never read the query, so they stay cacheable.
 */
export function pageLanguageSwitcher(pathname: StaticPathname, { keepQuery = false }: { keepQuery?: boolean } = {}) {
  return async function PageLanguageSwitcher({ params, searchParams }: SlotProps) {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return null;
    // Slots render alongside the layout: each sets the locale for the components it renders.
    setRequestLocale(locale);
    const entries = keepQuery
      ? Object.entries(await searchParams).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      : [];
    return <LanguageSwitcher href={entries.length > 0 ? { pathname, query: Object.fromEntries(entries) } : { pathname }} />;
  };
}
