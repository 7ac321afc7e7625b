import { blocksToPlainText, sanitizeBlocks, type SanitizeOptions } from '@/lib/rich-text/rich-text-blocks';
import { toSafeHref } from '@/lib/security/safe-url';

const options: SanitizeOptions = { imageText: (alt) => `Image: ${alt}`, toHref: toSafeHref };

function paragraph(...children: unknown[]) {
  return { type: 'paragraph', children };
}

describe('sanitizeBlocks', () => {
  it('keeps well-formed paragraphs, text modifiers and safe links', () => {
    const content = [
      paragraph({ type: 'text', text: 'Call ', bold: true }, { type: 'link', url: 'tel:988', children: [{ type: 'text', text: '988' }] }),
    ];
    expect(sanitizeBlocks(content, options)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Call ', bold: true },
          { type: 'link', url: 'tel:988', children: [{ type: 'text', text: '988' }] },
        ],
      },
    ]);
  });

  it('turns a link with a refused URL into its text', () => {
    const content = [
      paragraph({ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] }),
      paragraph({ type: 'link', url: '/relative', children: [{ type: 'text', text: 'here' }] }),
    ];
    expect(sanitizeBlocks(content, options)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'click' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'here' }] },
    ]);
  });

  it('replaces an image by its alternative text and drops one without', () => {
    const content = [
      { type: 'image', image: { url: 'https://cms.example/uploads/a.jpg', alternativeText: 'A map of California' } },
      { type: 'image', image: { url: 'https://cms.example/uploads/b.jpg', alternativeText: '' } },
    ];
    const result = sanitizeBlocks(content, options);
    expect(result).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Image: A map of California', italic: true }] }]);
    expect(JSON.stringify(result)).not.toContain('cms.example');
  });

  it('drops unknown and malformed nodes instead of failing', () => {
    const content = [
      null,
      'text',
      { type: 'iframe', src: 'https://evil.example' },
      { type: 'paragraph', children: 'not an array' },
      { type: 'list', children: [] },
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Title' }, { type: 'text' }] },
    ];
    expect(sanitizeBlocks(content, options)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Title' }] },
    ]);
    expect(sanitizeBlocks('not blocks', options)).toEqual([]);
  });

  it('keeps nested lists and strips attributes it does not know', () => {
    const content = [
      {
        type: 'list',
        format: 'ordered',
        onclick: 'alert(1)',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'One', style: 'x' }] },
          { type: 'list', format: 'weird', children: [{ type: 'list-item', children: [{ type: 'text', text: 'One.a' }] }] },
        ],
      },
    ];
    expect(sanitizeBlocks(content, options)).toEqual([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'One' }] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'One.a' }] }] },
        ],
      },
    ]);
  });
});

describe('blocksToPlainText', () => {
  it('joins the text of every block, lists item by item, without images', () => {
    const content = [
      paragraph(
        { type: 'text', text: 'You can apply ' },
        { type: 'link', url: 'https://victims.ca.gov', children: [{ type: 'text', text: 'online' }] },
      ),
      { type: 'image', image: { alternativeText: 'form' } },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Medical care' }] }] },
    ];
    expect(blocksToPlainText(content)).toBe('You can apply online\nMedical care');
  });
});
