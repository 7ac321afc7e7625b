import { publicPath } from './public-path';

describe('publicPath', () => {
  it.each([
    ['/en', '/en'],
    ['/es/articles/derechos', '/es/articulos/derechos'],
    ['/vi/faq', '/vi/cau-hoi-thuong-gap'],
    ['/fa/resources/%D8%A7', '/fa/manabe/%D8%A7'],
    ['/ko/articles/보상', `/ko/gisa/${encodeURIComponent('보상')}`],
  ])('%s → %s', (internal, expected) => {
    expect(publicPath(internal)).toBe(expected);
  });

  it.each(['/xx/articles/a', '/en/articles/a/b', '/en/nowhere', '/en/articles/%E0%A4'])('%s is no page', (internal) => {
    expect(publicPath(internal)).toBeUndefined();
  });
});
