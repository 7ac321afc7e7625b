export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a GET parameter; repeated parameters keep their first value. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
