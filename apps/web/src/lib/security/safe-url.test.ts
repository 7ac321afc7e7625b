import { isSafeUrl, isWebUrl, toSafeHref } from '@/lib/security/safe-url';

describe('toSafeHref', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['/es/recursos'],
    ['//evil.example/path'],
    ['recursos/otro'],
    ['#top'],
    ['http://'],
    ['https://exa mple.org'],
    [''],
    ['   '],
  ])('rejects %j', (url) => {
    expect(toSafeHref(url)).toBeNull();
    expect(isSafeUrl(url)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(toSafeHref(undefined)).toBeNull();
    expect(toSafeHref(null)).toBeNull();
    expect(toSafeHref({ href: 'https://example.org' })).toBeNull();
  });

  it.each([
    ['https://humantraffickinghotline.org/', 'https://humantraffickinghotline.org/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://Example.org', 'https://example.org/'],
    ['mailto:help@humantraffickinghotline.org', 'mailto:help@humantraffickinghotline.org'],
    ['tel:+18883737888', 'tel:+18883737888'],
  ])('allows %j as %j', (url, href) => {
    expect(toSafeHref(url)).toBe(href);
    expect(isSafeUrl(url)).toBe(true);
  });

  it('renders the normalised URL, never the raw string, when the raw string had stray spaces', () => {
    expect(toSafeHref('  https://example.org/x  ')).toBe('https://example.org/x');
  });
});

describe('isWebUrl', () => {
  it('tells web links from mailto and tel links', () => {
    expect(isWebUrl('https://example.org/')).toBe(true);
    expect(isWebUrl('http://example.org/')).toBe(true);
    expect(isWebUrl('mailto:a@example.org')).toBe(false);
    expect(isWebUrl('tel:988')).toBe(false);
  });
});
