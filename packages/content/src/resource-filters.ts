import { everywhereCounties } from './contract';
import type { Resource, ResourceFilters } from './domain';

/**
 * Filters that Strapi cannot apply to JSON fields (county, language spoken), applied in code.
 * A statewide or nationwide resource serves every county; a language matches its regional
 * variants too ("zh" finds "zh-Hant").
 */
export function matchesFilters(resource: Resource, filters: ResourceFilters): boolean {
  if (filters.kind && resource.kind !== filters.kind) return false;
  if (filters.open24x7 && !resource.open24x7) return false;
  if (filters.county) {
    const wanted = filters.county.toLowerCase();
    const served = resource.counties.map((county) => county.toLowerCase());
    if (!served.includes(wanted) && !served.some((county) => everywhereCounties.has(county))) return false;
  }
  if (filters.language) {
    const wanted = filters.language.toLowerCase();
    const spoken = resource.languagesSpoken.map((code) => code.toLowerCase());
    if (!spoken.some((code) => code === wanted || code.startsWith(`${wanted}-`))) return false;
  }
  return true;
}
