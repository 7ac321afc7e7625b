import type { SearchableDocument, SearchableType } from './search-index';

/** The text of Strapi "blocks" content, one block per line. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const text = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const { type, text: value, children } = node as { type?: unknown; text?: unknown; children?: unknown };
    if (typeof value === 'string') return value;
    // A list's items are lines of their own; a paragraph's pieces run together.
    return Array.isArray(children) ? children.map(text).join(type === 'list' ? '\n' : '') : '';
  };
  return blocks.map(text).filter(Boolean).join('\n');
}

const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(', ') : '');
const string = (value: unknown) => (typeof value === 'string' ? value : '');

/** A published entry of an article, resource or FAQ as search reads it. */
export function toSearchable(type: SearchableType, entry: Record<string, unknown>): SearchableDocument {
  const common = { type, documentId: string(entry.documentId), locale: string(entry.locale), slug: string(entry.slug) };
  if (type === 'article') return { ...common, title: string(entry.title), summary: string(entry.summary), body: blocksText(entry.body) };
  if (type === 'resource')
    return {
      ...common,
      title: string(entry.name),
      summary: string(entry.description),
      body: [string(entry.kind).replaceAll('-', ' '), list(entry.counties), list(entry.languagesSpoken)].filter(Boolean).join('\n'),
    };
  return { ...common, title: string(entry.question), summary: '', body: blocksText(entry.answer) };
}
