import { resourceKinds, type ResourceFilters, type ResourceKind } from '@haven/content';
import { isLocale, type Locale } from '@haven/i18n';
import { localeFromLang } from '@/lib/urls/lang-param';

/** The embed pages partner sites put in an iframe, at /embed/<name>?lang=<locale>&… */
export type EmbedName = 'hotlines' | 'resources';

/** A resource filter the embed address leaves out: the path segment that stands for "any". */
export const anyFilter = 'all';

/** What a services embed can be narrowed down by. */
export type ResourceEmbedFilters = Pick<ResourceFilters, 'county' | 'kind'>;

/**
 * The page that renders a public embed address: /embed/hotlines?lang=es is /embed/es/hotlines,
 * and /embed/resources?lang=es&county=Fresno&kind=legal_aid is
 * /embed/es/resources/Fresno/legal_aid. Everything is in the path so each embed is one cached
 * page, whatever else the address carries. An unknown or missing lang means the default locale.
 * Null for any other address.
 */
export function embedPagePath(url: URL): string | null {
  const name = /^\/embed\/(hotlines|resources)\/?$/.exec(url.pathname)?.[1] as EmbedName | undefined;
  if (!name) return null;
  const locale = localeFromLang(url);
  if (name === 'hotlines') return `/embed/${locale}/hotlines`;
  const segment = (value: string | null) => encodeURIComponent(value?.trim() || anyFilter);
  return `/embed/${locale}/resources/${segment(url.searchParams.get('county'))}/${segment(url.searchParams.get('kind'))}`;
}

/** The public address of an embed, as partners copy it (and as the embed pages link to themselves). */
export function embedAddress(name: EmbedName, locale: Locale, filters: ResourceEmbedFilters = {}): string {
  const query = new URLSearchParams({ lang: locale });
  if (name === 'resources') {
    if (filters.county) query.set('county', filters.county);
    if (filters.kind) query.set('kind', filters.kind);
  }
  return `/embed/${name}?${query.toString()}`;
}

/** A filter from its path segment (encoded or, as Next may give it, already decoded): undefined for "any". */
export function filterFromSegment(segment: string): string | undefined {
  let value = segment;
  try {
    value = decodeURIComponent(segment);
  } catch {
    // already decoded, and holding a "%" of its own
  }
  return value === anyFilter ? undefined : value;
}

/**
 * The public address of the embed page Next knows by `internal` (/embed/es/hotlines →
 * /embed/hotlines?lang=es), as the front cache names it; undefined for any other path.
 */
export function embedAddressOf(internal: string): string | undefined {
  const [, locale, rest] = /^\/embed\/([^/]+)(\/.*)$/.exec(internal) ?? [];
  if (!isLocale(locale)) return undefined;
  if (rest === '/hotlines') return embedAddress('hotlines', locale);
  const [, county, kind] = /^\/resources\/([^/]+)\/([^/]+)$/.exec(rest ?? '') ?? [];
  if (county === undefined || kind === undefined) return undefined;
  const filters: ResourceEmbedFilters = {};
  const countyFilter = filterFromSegment(county);
  const kindFilter = filterFromSegment(kind);
  if (countyFilter) filters.county = countyFilter;
  if (kindFilter) {
    if (!(resourceKinds as readonly string[]).includes(kindFilter)) return undefined;
    filters.kind = kindFilter as ResourceKind;
  }
  return embedAddress('resources', locale, filters);
}
