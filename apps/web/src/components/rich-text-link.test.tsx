import { renderToStaticMarkup } from 'react-dom/server';
import { RichTextLink } from './rich-text-link';

function render(url: string): string {
  return renderToStaticMarkup(<RichTextLink url={url}>label</RichTextLink>);
}

describe('RichTextLink', () => {
  it('renders web links with rel="noreferrer"', () => {
    expect(render('https://victims.ca.gov/')).toBe('<a href="https://victims.ca.gov/" rel="noreferrer">label</a>');
  });

  it('renders tel: and mailto: links without rel', () => {
    expect(render('tel:988')).toBe('<a href="tel:988">label</a>');
    expect(render('mailto:info@victims.ca.gov')).toBe('<a href="mailto:info@victims.ca.gov">label</a>');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/relative'])(
    'renders %j as plain text',
    (url) => {
      expect(render(url)).toBe('label');
    },
  );
});
