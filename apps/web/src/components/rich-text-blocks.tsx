import { Fragment, type ReactNode } from 'react';
import type { Block, InlineNode, ListNode, TextNode } from '@/lib/rich-text/rich-text-blocks';
import { isWebUrl, toSafeHref } from '@/lib/security/safe-url';

/** Sanitized rich-text blocks as plain server-rendered HTML. */
export function RichTextBlocks({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map(renderBlock)}</>;
}

function renderBlock(block: Block, index: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={index}>{renderInline(block.children)}</p>;
    case 'quote':
      return <blockquote key={index}>{renderInline(block.children)}</blockquote>;
    case 'code':
      return (
        <pre key={index}>
          <code>{renderInline(block.children)}</code>
        </pre>
      );
    case 'heading': {
      const Heading = `h${block.level}` as const;
      return <Heading key={index}>{renderInline(block.children)}</Heading>;
    }
    case 'list':
      return renderList(block, index);
  }
}

/** A nested list belongs inside the item before it, which is where HTML allows it. */
function renderList(list: ListNode, key: number): ReactNode {
  const List = list.format === 'ordered' ? 'ol' : 'ul';
  const items: { content: ReactNode; nested: ReactNode[] }[] = [];
  list.children.forEach((child, index) => {
    if (child.type === 'list-item') items.push({ content: renderInline(child.children), nested: [] });
    else if (items.length > 0) items.at(-1)!.nested.push(renderList(child, index));
    else items.push({ content: null, nested: [renderList(child, index)] });
  });
  return (
    <List key={key}>
      {items.map((item, index) => (
        <li key={index}>
          {item.content}
          {item.nested}
        </li>
      ))}
    </List>
  );
}

function renderInline(nodes: InlineNode[]): ReactNode {
  return nodes.map((node, index) => {
    if (node.type === 'text') return <Fragment key={index}>{renderText(node)}</Fragment>;
    const href = toSafeHref(node.url);
    const text = node.children.map((child, childIndex) => <Fragment key={childIndex}>{renderText(child)}</Fragment>);
    if (href === null) return <Fragment key={index}>{text}</Fragment>;
    return (
      <a key={index} href={href} rel={isWebUrl(href) ? 'noreferrer' : undefined}>
        {text}
      </a>
    );
  });
}

function renderText(node: TextNode): ReactNode {
  // A line break typed inside a block (Shift+Enter in the editor) stays a line break.
  let text: ReactNode = node.text.split('\n').flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]));
  if (node.code) text = <code>{text}</code>;
  if (node.strikethrough) text = <del>{text}</del>;
  if (node.underline) text = <u>{text}</u>;
  if (node.italic) text = <em>{text}</em>;
  if (node.bold) text = <strong>{text}</strong>;
  return text;
}
