import { countyList, email, httpUrl, httpsUrl, languageCodes, phoneNumber, richTextLinks, slug } from './rules';

describe('field rules', () => {
  it.each(['1-888-373-7888', '988', '911', '(844) 240-4967', '233733', '+1 800 799 7233'])('accepts phone %s', (value) => {
    expect(phoneNumber(value)).toBeNull();
  });

  it.each(['call me', '1-800-FLOWERS', '12', 'tel:988', '<script>'])('rejects phone %s', (value) => {
    expect(phoneNumber(value)).toMatch(/phone number/);
  });

  it('treats an empty optional value as acceptable', () => {
    expect(phoneNumber(null)).toBeNull();
    expect(email('')).toBeNull();
  });

  it('accepts web addresses and rejects scripts, credentials and bare words', () => {
    expect(httpUrl('https://www.lawhelpca.org/')).toBeNull();
    expect(httpUrl('javascript:alert(1)')).not.toBeNull();
    expect(httpUrl('https://user:pw@example.org')).not.toBeNull();
    expect(httpUrl('lawhelpca')).not.toBeNull();
    expect(httpsUrl('http://example.org')).not.toBeNull();
  });

  it('accepts email addresses only', () => {
    expect(email('help@humantraffickinghotline.org')).toBeNull();
    expect(email('help@')).not.toBeNull();
  });

  it('accepts URL-safe lower-case slugs only', () => {
    expect(slug('clearing-your-record')).toBeNull();
    for (const bad of ['Clearing', 'a--b', '-a', 'a b', 'ñandu', '../etc']) expect(slug(bad)).not.toBeNull();
  });

  it('accepts real BCP 47 language codes and rejects unknown or malformed ones', () => {
    expect(languageCodes(['en', 'es', 'zh-Hant', 'fa', 'fil'])).toBeNull();
    expect(languageCodes(['xx'])).toMatch(/"xx"/);
    expect(languageCodes(['english'])).toMatch(/"english"/);
    expect(languageCodes(['EN'])).toMatch(/"EN"/);
    expect(languageCodes('en')).toMatch(/list/);
  });

  it('accepts lists of county names', () => {
    expect(countyList(['Los Angeles', 'Statewide'])).toBeNull();
    expect(countyList(['', 'x'])).not.toBeNull();
    expect(countyList('Los Angeles')).not.toBeNull();
  });

  describe('rich text links', () => {
    const text = (value: string) => ({ type: 'text', text: value });
    const link = (url: unknown) => ({ type: 'link', url, children: [text('label')] });
    const body = (...links: object[]) => [
      { type: 'paragraph', children: [text('Call '), ...links] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('<img src=x onerror=alert(1)>')] }] },
    ];

    it('accepts web, mailto and tel links and text that merely looks like HTML', () => {
      expect(richTextLinks(body(link('https://www.lawhelpca.org/'), link('mailto:help@example.org'), link('tel:18883737888')))).toBeNull();
      expect(richTextLinks(null)).toBeNull();
    });

    it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', 42])(
      'rejects a link to %p, naming it',
      (url) => {
        expect(richTextLinks(body(link('https://example.org'), link(url)))).toMatch(/not allowed: ".*"/);
      },
    );

    it('finds links nested in list items', () => {
      const nested = [{ type: 'list', children: [{ type: 'list-item', children: [link('javascript:alert(1)')] }] }];
      expect(richTextLinks(nested)).toMatch(/"javascript:alert\(1\)"/);
    });
  });
});
