import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, encodeHtml } from './html-encoding';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['deflate', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=0', 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('encodeHtml', () => {
  const page = Buffer.from('<html><body>'.padEnd(5000, 'ខ្ញុំ bồi thường ') + '</body></html>');

  it('round-trips through each encoding a browser decodes', () => {
    expect(brotliDecompressSync(encodeHtml(page, 'br')).equals(page)).toBe(true);
    expect(gunzipSync(encodeHtml(page, 'gzip')).equals(page)).toBe(true);
    expect(encodeHtml(page, 'identity')).toBe(page);
  });
});
