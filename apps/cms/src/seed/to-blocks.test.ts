import { toBlocks } from './to-blocks';

describe('toBlocks', () => {
  it('turns headings, paragraphs and lists into Strapi blocks', () => {
    const blocks = toBlocks('## What it covers\n\nMedical care and\ncounseling.\n\n- Therapy\n- Lost income\n\n1. Call\n2. Apply');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'What it covers' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Medical care and counseling.' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Therapy' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Lost income' }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Call' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Apply' }] },
        ],
      },
    ]);
  });

  it('keeps bold text and links inline', () => {
    expect(toBlocks('Call **1-888-373-7888** or visit [CalVCB](https://victims.ca.gov) today.')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Call ' },
          { type: 'text', text: '1-888-373-7888', bold: true },
          { type: 'text', text: ' or visit ' },
          { type: 'link', url: 'https://victims.ca.gov', children: [{ type: 'text', text: 'CalVCB' }] },
          { type: 'text', text: ' today.' },
        ],
      },
    ]);
  });

  it('turns "> " lines into a quote', () => {
    expect(toBlocks('> You are not alone.')).toEqual([{ type: 'quote', children: [{ type: 'text', text: 'You are not alone.' }] }]);
  });
});
