// opencc-js declares types for its ES module build only; the CMS loads its CommonJS build, same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Converter } = require('opencc-js/t2cn') as { Converter: (options: { from: 't'; to: 'cn' }) => (text: string) => string };

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Letters people type interchangeably, beyond what Unicode decomposition folds. */
const equivalents: Record<string, string> = {
  đ: 'd', // Vietnamese d with stroke: no decomposition
  ı: 'i',
  ي: 'ی', // Arabic yeh, alef maksura → Persian yeh
  ى: 'ی',
  ك: 'ک', // Arabic kaf → Persian keheh
  ة: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
};
/** Removed: zero-width joiners and non-joiners (Persian is typed with or without them), bidi controls, soft hyphen, tatweel. */
const invisible = /[\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

// Characters repeat endlessly in a text; each is worked out once (a script's letters number in the thousands).
const folded = new Map<string, string>();

function foldCharacter(character: string): string {
  let result = folded.get(character);
  if (result === undefined) {
    result = foldOnce(character);
    if (folded.size < 100_000) folded.set(character, result);
  }
  return result;
}

function foldOnce(character: string): string {
  if (invisible.test(character)) return '';
  const code = character.codePointAt(0)!;
  // Persian (۰–۹) and Arabic-Indic (٠–٩) digits are the same numbers as ASCII ones.
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  const lower = character.toLowerCase();
  const mapped = equivalents[lower] ?? lower;
  // Decompose, drop accents and tone marks (combining marks), recompose (Hangul syllables come back whole).
  const bare = mapped.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  return /\p{Script=Han}/u.test(bare) ? toSimplified(bare) : bare;
}

// Text of printable ASCII and line breaks only folds by lower case alone; anything else takes the long way.
const notAscii = /[^\u0020-\u007e\t\n\r]/u;
const isAscii = (text: string) => !notAscii.test(text);

export interface FoldedText {
  /** The text as search compares it: lower case, no accents or tone marks, one spelling per letter, Simplified Chinese. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original text of the character it came from. */
  origin: number[];
}

/**
 * Folds text the way search compares it. Works one character at a time, so every folded position
 * can be traced back to the original text (for highlighting what matched).
 */
export function foldText(original: string): FoldedText {
  // Plain ASCII (most English and much of every text) folds to its lower case, position for position.
  if (isAscii(original)) return { text: original.toLowerCase(), origin: Array.from(original, (_unit, index) => index) };
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of original) {
    const result = foldCharacter(character);
    text += result;
    // One origin per UTF-16 unit of the folded text.
    for (const _unit of result) origin.push(index);
    index += character.length;
  }
  return { text, origin };
}

/** Folded text only. */
export const fold = (original: string): string => (isAscii(original) ? original.toLowerCase() : foldText(original).text);
