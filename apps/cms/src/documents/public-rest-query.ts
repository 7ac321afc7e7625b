/**
 * What a visitor may put in the query string of a REST read: the plainest reads, nothing that reaches
 * other documents. Filters, sort and fields name the type's own scalar fields; populate names its own
 * relations and components one level deep; `localizations`, the admin-user relations, publication
 * parameters and anything unknown are refused. Returns the first problem, naming the parameter, or null.
 */
export interface AttributeKinds {
  /** Own fields a query may filter, sort and select on. */
  scalars: ReadonlySet<string>;
  /** Own relations, components and media a query may populate. */
  populatable: ReadonlySet<string>;
}

const operators = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$between',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
]);
const paginationKeys = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);

export function restQueryProblem(query: Record<string, unknown>, kinds: AttributeKinds): string | null {
  for (const [key, value] of Object.entries(query)) {
    const problem =
      key === 'locale'
        ? typeof value === 'string'
          ? null
          : 'locale must be one locale code'
        : key === 'filters'
          ? filtersProblem(value, kinds, 'filters')
          : key === 'sort'
            ? listProblem(value, 'sort', (item) => kinds.scalars.has(item.replace(/:(asc|desc)$/i, '')))
            : key === 'fields'
              ? listProblem(value, 'fields', (item) => kinds.scalars.has(item))
              : key === 'populate'
                ? populateProblem(value, kinds)
                : key === 'pagination'
                  ? paginationProblem(value)
                  : `${key} is not a parameter visitors may use`;
    if (problem) return problem;
  }
  return null;
}

function filtersProblem(value: unknown, kinds: AttributeKinds, path: string): string | null {
  if (!isObject(value)) return `${path} must name fields`;
  for (const [key, nested] of Object.entries(value)) {
    const here = `${path}[${key}]`;
    if (key === '$and' || key === '$or') {
      // qs reads `$or[0]…` as an array, or as an object keyed by index past its array limit.
      const items = Array.isArray(nested) ? nested : isObject(nested) ? Object.values(nested) : [nested];
      const problem = items.map((item, index) => filtersProblem(item, kinds, `${here}[${index}]`)).find(Boolean);
      if (problem) return problem;
    } else if (key === '$not') {
      const problem = filtersProblem(nested, kinds, here);
      if (problem) return problem;
    } else if (!kinds.scalars.has(key)) {
      return `${here}: only this type's own fields can be filtered on`;
    } else if (isObject(nested)) {
      const unknown = Object.keys(nested).find((operator) => !operators.has(operator));
      if (unknown) return `${here}[${unknown}] is not a filter operator visitors may use`;
      if (Object.values(nested).some((operand) => isObject(operand))) return `${here}: operands must be values`;
    }
  }
  return null;
}

function listProblem(value: unknown, name: string, allowed: (item: string) => boolean): string | null {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null;
  if (!items || items.some((item) => typeof item !== 'string')) return `${name} must list field names`;
  const refused = (items as string[]).map((item) => item.trim()).find((item) => !allowed(item));
  return refused === undefined ? null : `${name}: ${refused} is not one of this type's own fields`;
}

function populateProblem(value: unknown, kinds: AttributeKinds): string | null {
  if (isObject(value)) {
    const entry = Object.entries(value).find(([, nested]) => nested !== true && nested !== 'true');
    if (entry) return `populate[${entry[0]}] can only be true: nested populate is not available`;
    return listProblem(Object.keys(value), 'populate', (item) => kinds.populatable.has(item));
  }
  return listProblem(value, 'populate', (item) => kinds.populatable.has(item));
}

function paginationProblem(value: unknown): string | null {
  if (!isObject(value)) return 'pagination must be pagination[page], [pageSize], [start] or [limit]';
  const unknown = Object.keys(value).find((key) => !paginationKeys.has(key));
  if (unknown) return `pagination[${unknown}] is not a pagination parameter`;
  // Whole numbers only: Strapi reads limit=-1 as "no limit" before capping it.
  const bad = Object.entries(value).find(([key, item]) =>
    key === 'withCount' ? !['true', 'false', true, false].includes(item as string | boolean) : !/^\d{1,6}$/.test(String(item)),
  );
  return bad ? `pagination[${bad[0]}] must be a whole number` : null;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
