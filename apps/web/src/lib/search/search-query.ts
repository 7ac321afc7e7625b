import { searchLimits } from '@haven/content';
import { firstParam } from '@/lib/search/search-params';
import { withoutInvisibleControls } from '@/lib/security/visible-text';

export const { maxQueryLength } = searchLimits;

export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'too-long'; maxLength: number }
  /** Only punctuation, symbols or emoji: nothing search could look for. */
  | { kind: 'no-words' }
  /** A word mixing alphabets that are never mixed in one word (a look-alike letter, a stray keyboard). */
  | { kind: 'mixed-alphabets' }
  /** `controlsRemoved`: the query held control characters, which were taken out. */
  | { kind: 'ok'; query: string; controlsRemoved: boolean };

// Alphabets whose letters never share a word; Chinese and Korean words do take Latin letters (U签证, T비자).
const alphabets = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Armenian', 'Georgian'].map(
  (script) => new RegExp(`\\p{Script=${script}}`, 'u'),
);
const mixesAlphabets = (word: string) => alphabets.filter((alphabet) => alphabet.test(word)).length > 1;
const controls = /(?![\t\n\v\f\r])\p{Cc}/u;

/**
 * The ?q= of the search page: whitespace collapsed and trimmed, invisible controls removed (it is
 * shown back to the visitor), at most 200 characters, and at least one word or number.
 */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const spaced = (firstParam(raw) ?? '').replace(/\s+/g, ' ');
  const query = withoutInvisibleControls(spaced).trim();
  if (query === '') return { kind: 'empty' };
  if ([...query].length > maxQueryLength) return { kind: 'too-long', maxLength: maxQueryLength };
  if (!/[\p{L}\p{N}]/u.test(query)) return { kind: 'no-words' };
  if (query.split(' ').some(mixesAlphabets)) return { kind: 'mixed-alphabets' };
  return { kind: 'ok', query, controlsRemoved: controls.test(spaced) };
}
