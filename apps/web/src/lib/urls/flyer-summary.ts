/**
 * A flyer's summary: at most `maxLength` characters, cut at a word (or, in scripts written without
 * spaces, at any character) and ended with an ellipsis, so it stays two or three printed lines.
 */
export function flyerSummary(text: string, maxLength = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > maxLength * 0.6 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:،、，。]+$/u, '')}…`;
}
