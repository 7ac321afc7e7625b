import { renderToStaticMarkup } from 'react-dom/server';
import type { Block } from '@/lib/rich-text/rich-text-blocks';
import { RichTextBlocks } from './rich-text-blocks';

const render = (blocks: Block[]) => renderToStaticMarkup(<RichTextBlocks blocks={blocks} />);
const link = (url: string): Block[] => [
  { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'label' }] }] },
];

describe('RichTextBlocks', () => {
  it('renders web links with rel="noreferrer"', () => {
    expect(render(link('https://victims.ca.gov/'))).toBe('<p><a href="https://victims.ca.gov/" rel="noreferrer">label</a></p>');
  });

  it('renders tel: and mailto: links without rel', () => {
    expect(render(link('tel:988'))).toBe('<p><a href="tel:988">label</a></p>');
    expect(render(link('mailto:info@victims.ca.gov'))).toBe('<p><a href="mailto:info@victims.ca.gov">label</a></p>');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/relative'])(
    'renders a link to %j as plain text',
    (url) => {
      expect(render(link(url))).toBe('<p>label</p>');
    },
  );

  it('renders headings, quotes, code and text modifiers as HTML, escaping the text', () => {
    expect(
      render([
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'Deadlines' }] },
        { type: 'quote', children: [{ type: 'text', text: 'Said <script>', italic: true }] },
        { type: 'code', children: [{ type: 'text', text: '1-888-373-7888' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'free', bold: true, underline: true },
            { type: 'text', text: 'line one\nline two' },
          ],
        },
      ]),
    ).toBe(
      '<h3>Deadlines</h3><blockquote><em>Said &lt;script&gt;</em></blockquote><pre><code>1-888-373-7888</code></pre>' +
        '<p><strong><u>free</u></strong>line one<br/>line two</p>',
    );
  });

  it('puts a nested list inside the item before it', () => {
    expect(
      render([
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'Apply' }] },
            { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Online' }] }] },
            { type: 'list-item', children: [{ type: 'text', text: 'Wait' }] },
          ],
        },
      ]),
    ).toBe('<ol><li>Apply<ul><li>Online</li></ul></li><li>Wait</li></ol>');
  });
});
