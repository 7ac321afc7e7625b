import { everywhereCounties, resourceKinds, type Resource, type ResourceFilters, type ResourceKind } from '@haven/content';
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
export function resourceFilterOptions(resources: readonly Resource[], locale: string): ResourceFilterOptions {
  const collator = new Intl.Collator(locale);
  const counties = new Set<string>(californiaCounties);
  const languages = new Set<string>();
  for (const resource of resources) {
    for (const county of resource.counties) if (county.trim() !== '' && !everywhereCounties.has(county.toLowerCase())) counties.add(county);
    for (const language of resource.languagesSpoken) if (language.trim() !== '') languages.add(language);
  }
  return { counties: [...counties].sort(collator.compare), languages: [...languages] };
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

export function hasFilters(filters: ResourceFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
