import { absoluteUrl } from '@/lib/urls/absolute-url';

describe('absoluteUrl', () => {
  it('joins an origin and a path', () => {
    expect(absoluteUrl('https://haven.example', '/es/articulos/a')).toBe('https://haven.example/es/articulos/a');
  });

  it('does not double the slash when SITE_URL ends with one', () => {
    expect(absoluteUrl('https://haven.example/', '/en')).toBe('https://haven.example/en');
  });

  it('keeps a base path in SITE_URL', () => {
    expect(absoluteUrl('https://ngo.example/haven', '/en/faq')).toBe('https://ngo.example/haven/en/faq');
  });

  it('accepts a path without a leading slash', () => {
    expect(absoluteUrl('http://localhost:3000', 'sitemap.xml')).toBe('http://localhost:3000/sitemap.xml');
  });
});
