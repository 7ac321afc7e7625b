import type { AppPathname } from '@/i18n/routing';
import type { SearchParams } from '@/lib/search/search-params';
import { LanguageSwitcher } from './language-switcher';

type StaticPathname = Exclude<AppPathname, `${string}[${string}`>;

/**
 * The @languageSwitcher slot page of a page that has the same path in every locale: it links
 * to that page in each language, keeping the query (search terms, filters).
 */
export function pageLanguageSwitcher(pathname: StaticPathname) {
  return async function PageLanguageSwitcher({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const entries = Object.entries(await searchParams).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined);
    return <LanguageSwitcher href={entries.length > 0 ? { pathname, query: Object.fromEntries(entries) } : { pathname }} />;
  };
}
