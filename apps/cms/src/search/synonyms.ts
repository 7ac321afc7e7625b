import { termsOf } from './terms';

/** For a query word (by its folded terms), the other words and phrases it should also find. */
export type Synonyms = Map<string, string[]>;

/** The folded form a word is looked up by, so `Lawyers` finds the group of `lawyer`. */
export const synonymKey = (word: string): string =>
  termsOf(word, { query: true })
    .flatMap((term) => term.forms)
    .join(' ');

/**
 * Reads the editors' list: one group per line, `lawyer, attorney` (each finds the others) or
 * `restitution => compensation, damages` (the left side also finds the right, not the reverse).
 * Blank lines and lines starting with # are ignored; so is anything that folds to nothing.
 */
export function parseSynonyms(text: string | null | undefined): Synonyms {
  const synonyms: Synonyms = new Map();
  const add = (from: string, to: string[]) => {
    const key = synonymKey(from);
    const others = to.filter((word) => synonymKey(word) !== key && synonymKey(word) !== '');
    if (key === '' || others.length === 0) return;
    synonyms.set(key, [...new Set([...(synonyms.get(key) ?? []), ...others])]);
  };
  for (const line of (text ?? '').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const words = (part: string) =>
      part
        .split(/[,،、，]/)
        .map((word) => word.trim())
        .filter(Boolean);
    const [left, right] = line.split('=>');
    if (right !== undefined) for (const word of words(left ?? '')) add(word, words(right));
    else for (const word of words(line)) add(word, words(line));
  }
  return synonyms;
}
