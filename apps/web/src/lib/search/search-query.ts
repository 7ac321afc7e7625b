import { firstParam } from '@/lib/search/search-params';
import { withoutInvisibleControls } from '@/lib/security/visible-text';

export const maxQueryLength = 200;

export type SearchQuery = { kind: 'empty' } | { kind: 'too-long'; maxLength: number } | { kind: 'ok'; query: string };

/**
 * The ?q= of the search page: invisible controls removed (it is shown back to the visitor),
 * whitespace collapsed and trimmed, at most 200 characters.
 */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const query = withoutInvisibleControls(firstParam(raw) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (query === '') return { kind: 'empty' };
  if ([...query].length > maxQueryLength) return { kind: 'too-long', maxLength: maxQueryLength };
  return { kind: 'ok', query };
}
