import type { RichText } from './data/types';

/** Strapi blocks, as the blocks editor stores them. */
export type Inline = { type: 'text'; text: string; bold?: true } | { type: 'link'; url: string; children: Inline[] };
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: Inline[] }[] };

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Turns the seed's light marks (see data/types.ts) into Strapi blocks. */
export function toBlocks(text: RichText): Block[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map(toBlock);
}

function toBlock(chunk: string): Block {
  const lines = chunk.split('\n').map((line) => line.trim());
  const heading = /^(#{2,3})\s+(.*)$/.exec(chunk);
  if (heading && lines.length === 1) {
    return { type: 'heading', level: heading[1]!.length as 2 | 3, children: toInlines(heading[2]!) };
  }
  if (lines.every((line) => line.startsWith('- '))) {
    return { type: 'list', format: 'unordered', children: lines.map((line) => listItem(line.slice(2))) };
  }
  if (lines.every((line) => /^\d+\.\s/.test(line))) {
    return { type: 'list', format: 'ordered', children: lines.map((line) => listItem(line.replace(/^\d+\.\s+/, ''))) };
  }
  if (lines.every((line) => line.startsWith('>'))) {
    return { type: 'quote', children: toInlines(lines.map((line) => line.replace(/^>\s?/, '')).join(' ')) };
  }
  return { type: 'paragraph', children: toInlines(lines.join(' ')) };
}

function listItem(text: string) {
  return { type: 'list-item' as const, children: toInlines(text) };
}

export function toInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) inlines.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) inlines.push({ type: 'text', text: match[1], bold: true });
    else inlines.push({ type: 'link', url: match[3]!, children: [{ type: 'text', text: match[2]! }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ type: 'text', text: text.slice(last) });
  return inlines.length > 0 ? inlines : [{ type: 'text', text: '' }];
}
