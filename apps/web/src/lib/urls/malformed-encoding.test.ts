import { hasMalformedEncoding } from '@/lib/urls/malformed-encoding';

describe('hasMalformedEncoding', () => {
  it('finds percent signs that are not valid UTF-8 escapes', () => {
    for (const path of ['/%zz', '/go/%ff', '/es/articulos/%E0%A4%A', '/%', '/%c0'])
      expect([path, hasMalformedEncoding(path)]).toEqual([path, true]);
  });

  it('accepts plain and well-encoded paths, Persian and Chinese included', () => {
    for (const path of [
      '/',
      '/es/articulos/x',
      '/fa/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA',
      '/zh-Hans/%E6%90%9C%E7%B4%A2',
      '/en/search%3Fq',
    ]) {
      expect([path, hasMalformedEncoding(path)]).toEqual([path, false]);
    }
  });
});
