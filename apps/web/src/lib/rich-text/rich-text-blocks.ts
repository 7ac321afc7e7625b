// The rich-text tree Haven renders: the subset of Strapi's "blocks" format the site shows.
export type Modifier = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';
export type TextNode = { type: 'text'; text: string } & Partial<Record<Modifier, true>>;
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (ListItemNode | ListNode)[];
}
export interface HeadingNode {
  type: 'heading';
  level: 2 | 3 | 4 | 5 | 6;
  children: InlineNode[];
}
export interface TextBlockNode {
  type: 'paragraph' | 'quote' | 'code';
  children: InlineNode[];
}
export type Block = TextBlockNode | HeadingNode | ListNode;
type ListChild = ListNode['children'][number];

export interface SanitizeOptions {
  /** Text shown in place of an image (images from the CMS are never loaded); null drops the image. */
  imageText: (alternativeText: string) => string | null;
  /** Link URL check: the href to keep, or null to keep only the link's text. */
  toHref: (url: string) => string | null;
}

const modifierKeys: readonly Modifier[] = ['bold', 'italic', 'underline', 'strikethrough', 'code'];
const maxListDepth = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toText(node: Record<string, unknown>): TextNode | null {
  if (typeof node.text !== 'string') return null;
  const text: TextNode = { type: 'text', text: node.text };
  for (const key of modifierKeys) if (node[key] === true) text[key] = true;
  return text;
}

function toTextNodes(children: unknown): TextNode[] {
  if (!Array.isArray(children)) return [];
  return children.flatMap((child) => {
    const text = isRecord(child) && child.type === 'text' ? toText(child) : null;
    return text ? [text] : [];
  });
}

function toInline(children: unknown, options: SanitizeOptions): InlineNode[] {
  const nodes = (Array.isArray(children) ? children : []).flatMap((child): InlineNode[] => {
    if (!isRecord(child)) return [];
    if (child.type === 'text') {
      const text = toText(child);
      return text ? [text] : [];
    }
    if (child.type === 'link') {
      const texts = toTextNodes(child.children);
      const href = typeof child.url === 'string' ? options.toHref(child.url) : null;
      return href ? [{ type: 'link', url: href, children: texts }] : texts;
    }
    return [];
  });
  // An empty text is how Strapi writes a blank line.
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

function toList(node: Record<string, unknown>, options: SanitizeOptions, depth: number): ListNode | null {
  if (depth > maxListDepth || !Array.isArray(node.children)) return null;
  const children = node.children.flatMap((child): ListChild[] => {
    if (!isRecord(child)) return [];
    if (child.type === 'list-item') return [{ type: 'list-item', children: toInline(child.children, options) }];
    if (child.type === 'list') {
      const nested = toList(child, options, depth + 1);
      return nested ? [nested] : [];
    }
    return [];
  });
  if (children.length === 0) return null;
  return { type: 'list', format: node.format === 'ordered' ? 'ordered' : 'unordered', children };
}

function headingLevel(level: unknown): HeadingNode['level'] {
  // The page title is the only h1; a heading in the body starts at h2.
  if (level === 3 || level === 4 || level === 5 || level === 6) return level;
  return 2;
}

function toRoot(node: unknown, options: SanitizeOptions): Block | null {
  if (!isRecord(node)) return null;
  switch (node.type) {
    case 'paragraph':
    case 'quote':
    case 'code':
      return { type: node.type, children: toInline(node.children, options) };
    case 'heading':
      return { type: 'heading', level: headingLevel(node.level), children: toInline(node.children, options) };
    case 'list':
      return toList(node, options, 0);
    case 'image': {
      const image = isRecord(node.image) ? node.image : {};
      const alt = typeof image.alternativeText === 'string' ? image.alternativeText.trim() : '';
      const text = alt === '' ? null : options.imageText(alt);
      return text === null ? null : { type: 'paragraph', children: [{ type: 'text', text, italic: true }] };
    }
    default:
      return null;
  }
}

/**
 * Rebuilds CMS "blocks" content into a well-formed tree the page renders: unknown
 * node types and malformed nodes are dropped, links with a refused URL become their text, and
 * images become their alternative text, so no CMS media URL ever reaches the page.
 */
export function sanitizeBlocks(content: unknown, options: SanitizeOptions): Block[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((node) => {
    const root = toRoot(node, options);
    return root ? [root] : [];
  });
}

function inlineText(nodes: readonly (InlineNode | TextNode)[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}

function listText(list: ListNode): string[] {
  return list.children.flatMap((child) => (child.type === 'list' ? listText(child) : [inlineText(child.children)]));
}

/** Plain text of blocks content (for structured data and summaries); images are left out. */
export function blocksToPlainText(content: unknown): string {
  const blocks = sanitizeBlocks(content, { imageText: () => null, toHref: (url) => url });
  return blocks
    .flatMap((block) => {
      if (block.type === 'list') return listText(block);
      return [inlineText(block.children)];
    })
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n');
}
