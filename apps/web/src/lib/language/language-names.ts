/** The name of a language (BCP 47 code) in the reader's language; the code itself if Intl cannot name it. */
export function languageName(code: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Codes paired with their names, sorted by name the way the reader's language sorts. */
export function languageOptions(codes: Iterable<string>, displayLocale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(displayLocale);
  return [...new Set(codes)]
    .map((code) => ({ code, name: languageName(code, displayLocale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
