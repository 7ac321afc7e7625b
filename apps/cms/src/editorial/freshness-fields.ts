/** The content types whose translations follow an original (the default locale's version). */
export const trackedTypes = {
  'api::article.article': 'article',
  'api::resource.resource': 'resource',
  'api::faq.faq': 'faq',
} as const;
export type TrackedUid = keyof typeof trackedTypes;

/** Haven's own bookkeeping fields: never part of what a translation translates. */
export const freshnessFields = ['sourceVersion', 'minorChange', 'originalChangedAt', 'outdatedSince'] as const;

// Localized fields that are not text to translate: the slug follows the title, the status is the editor's word on the translation.
const notTranslated = new Set<string>([...freshnessFields, 'slug', 'translationStatus']);

/** The fields of a content type a translation renders from its original (its localized attributes). */
export function translatableFields(attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>): string[] {
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.pluginOptions?.i18n?.localized === true && !notTranslated.has(name))
    .map(([name]) => name);
}

/** Whether two versions of a document differ in any of `fields` (rich text compared as its JSON). */
export function translatableContentDiffers(
  fields: readonly string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  return fields.some((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}
