import { foldText } from './fold';

/** A word (or, in Chinese, a pair of characters) of a text, where it stands, and the terms it is indexed under. */
export interface Term {
  /** What a query term must equal (or, with typos and prefixes, come close to). */
  forms: string[];
  /** Span in the original text. */
  start: number;
  end: number;
}

// Particles Korean attaches to nouns, longest first (은/는 topic, 이/가 subject, 을/를 object, 의, 에/에서, …).
const koreanParticles = [
  '에게서',
  '으로서',
  '으로써',
  '에서',
  '으로',
  '에게',
  '한테',
  '께서',
  '부터',
  '까지',
  '처럼',
  '보다',
  '이나',
  '이랑',
  '하고',
  '라도',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
];

function koreanStem(word: string): string {
  for (const particle of koreanParticles)
    if (word.length > particle.length && word.endsWith(particle)) return word.slice(0, -particle.length);
  return word;
}

/** English and Spanish plurals and simple inflections, folded to one stem (the same on both sides, so it need not be a real word). */
function latinStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('iones')) return word.slice(0, -2); // compensaciones → compensacion
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`; // agencies → agency
  if (/(?:[rlndzjxy]|ch|sh|ss)es$/.test(word)) return word.slice(0, -2); // mujeres, leyes, boxes
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3); // trafficking → traffick
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2); // trafficked → traffick
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1); // victims, derechos
  return word;
}

const han = /\p{Script=Han}/u;
const hangul = /\p{Script=Hangul}/u;
const wordPart = /[\p{L}\p{N}]/u;

/**
 * The terms of a text. Words are runs of letters and digits; Chinese, written without spaces, is
 * cut into overlapping pairs of characters (a lone character stays one term); Korean words are
 * also indexed without the particle attached to them; Latin words under their stem. `query` gives
 * a query's terms: only the stem of a Korean word, since a particle typed is not one to require.
 */
export function termsOf(original: string, { query = false } = {}): Term[] {
  const { text, origin } = foldText(original);
  const terms: Term[] = [];
  const span = (from: number, to: number) => ({ start: origin[from]!, end: (origin[to - 1] ?? origin[from]!) + 1 });
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (!wordPart.test(character)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    const isHan = han.test(character);
    while (end < text.length && wordPart.test(text[end]!) && han.test(text[end]!) === isHan) end += 1;
    const word = text.slice(index, end);
    if (isHan) {
      const characters = [...word];
      if (characters.length === 1) terms.push({ forms: [word], ...span(index, end) });
      for (let at = 0, offset = index; at + 1 < characters.length; at += 1) {
        const pair = characters[at]! + characters[at + 1]!;
        terms.push({ forms: [pair], ...span(offset, offset + pair.length) });
        offset += characters[at]!.length;
      }
    } else if (hangul.test(word)) {
      const stem = koreanStem(word);
      terms.push({ forms: query || stem === word ? [stem] : [word, stem], ...span(index, end) });
    } else {
      terms.push({ forms: [latinStem(word)], ...span(index, end) });
    }
    index = end;
  }
  return terms;
}
