import { everywhereCounties } from './contract';
import type { ResourceFilters } from './domain';
import type { ResourceDirectoryQueryVariables } from './generated/graphql';

/** Resources on one page of the directory. */
export const directoryPageSize = 20;

/** A value as it appears inside a stored JSON array of strings, opening quote included. */
const quoted = (text: string) => JSON.stringify(text);

function everywhere(term: string): string {
  if (!everywhereCounties.has(term)) throw new Error(`"${term}" is not one of the contract's everywhere counties`);
  return quoted(term);
}

/**
 * The ResourceDirectory variables for a visitor's filters. The CMS drops a filter whose variable is
 * omitted (undefined), so each filter is either given whole or left out whole: a county matches that county or a
 * statewide or nationwide service; a language matches itself or a regional variant ("zh" finds
 * "zh-Hant"). Matching is case-insensitive.
 */
export function directoryVariables(filters: ResourceFilters, page: number): Omit<ResourceDirectoryQueryVariables, 'locale'> {
  return {
    page,
    pageSize: directoryPageSize,
    kind: filters.kind,
    open24x7: filters.open24x7 ? true : undefined,
    county: filters.county && quoted(filters.county),
    statewide: filters.county && everywhere('statewide'),
    nationwide: filters.county && everywhere('nationwide'),
    language: filters.language && quoted(filters.language),
    languageVariant: filters.language && `${quoted(filters.language).slice(0, -1)}-`,
  };
}
