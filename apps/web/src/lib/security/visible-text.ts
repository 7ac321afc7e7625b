/**
 * Format and control characters a visitor cannot see (bidirectional overrides and isolates, marks,
 * zero-width spaces, soft hyphens, tags, C0/C1 controls), which could make echoed text read
 * differently from what it is. Zero-width (non-)joiners stay: Persian and emoji need them.
 */
const invisible = /(?![\u200C\u200D])[\p{Cf}\p{Cc}]/gu;

/** Text as it may be shown back to a visitor: invisible controls removed. */
export function withoutInvisibleControls(text: string): string {
  return text.replace(invisible, '');
}
