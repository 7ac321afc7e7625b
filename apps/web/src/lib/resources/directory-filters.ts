import { everywhereCounties, resourceKinds, type ResourceFacets, type ResourceFilters, type ResourceKind } from '@haven/content';
import { californiaCounties } from '@/lib/resources/california-counties';
import { firstParam, type SearchParams } from '@/lib/search/search-params';

export interface ResourceFilterOptions {
  counties: string[];
  languages: string[];
}

/**
 * What the directory can be filtered by: every California county (statewide and national services
 * match them all) plus any other area a resource names, and the languages the resources speak.
 */
export function resourceFilterOptions(facets: ResourceFacets, locale: string): ResourceFilterOptions {
  const collator = new Intl.Collator(locale);
  const counties = new Set<string>(californiaCounties);
  for (const county of facets.counties) if (county.trim() !== '' && !everywhereCounties.has(county.toLowerCase())) counties.add(county);
  return { counties: [...counties].sort(collator.compare), languages: facets.languages.filter((language) => language.trim() !== '') };
}

const truthy = new Set(['1', 'true', 'on']);

function isResourceKind(value: string | undefined): value is ResourceKind {
  return (resourceKinds as readonly string[]).includes(value ?? '');
}

/**
 * The filters a visitor set through GET parameters. A value that is not one the form offers is
 * ignored, never an error: old bookmarks and hand-edited URLs still show the directory.
 */
export function parseResourceFilters(params: SearchParams, options: ResourceFilterOptions): ResourceFilters {
  const filters: ResourceFilters = {};
  const kind = firstParam(params.kind);
  if (isResourceKind(kind)) filters.kind = kind;
  const county = firstParam(params.county);
  if (county !== undefined && options.counties.includes(county)) filters.county = county;
  const language = firstParam(params.language);
  if (language !== undefined && options.languages.includes(language)) filters.language = language;
  const open24x7 = firstParam(params.open24x7);
  if (open24x7 !== undefined && truthy.has(open24x7)) filters.open24x7 = true;
  return filters;
}

/** The last page number anyone is sent to: 50 pages of 20 cover 1,000 resources. */
const maxDirectoryPage = 50;

/**
 * The directory page a visitor asked for: a whole number from 1 to 50, else the first page. The cap
 * keeps made-up page numbers from each costing a CMS query and a cache entry.
 */
export function parseDirectoryPage(params: SearchParams): number {
  const page = firstParam(params.page);
  const number = page !== undefined && /^[1-9][0-9]{0,2}$/.test(page) ? Number(page) : 1;
  return number <= maxDirectoryPage ? number : 1;
}

/** The GET parameters of another page of the directory with the same filters, as the form sends them. */
export function directoryQuery(filters: ResourceFilters, page: number): Record<string, string> {
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.county ? { county: filters.county } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.open24x7 ? { open24x7: '1' } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  };
}

export function hasFilters(filters: ResourceFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
