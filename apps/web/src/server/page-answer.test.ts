import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import type * as inlineScripts from './inline-scripts';
import { inlineScriptHashes } from './inline-scripts';
import { pageAnswer } from './page-answer';

jest.mock('./inline-scripts', () => {
  const actual = jest.requireActual<typeof inlineScripts>('./inline-scripts');
  return { ...actual, inlineScriptHashes: jest.fn(actual.inlineScriptHashes) };
});

const request = (url: string, method = 'GET', acceptEncoding?: string) =>
  ({ url, method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }) as IncomingMessage;
const answer = pageAnswer({ isDev: false, upgradeInsecureRequests: false, onForeignScripts: () => undefined });
const shared = 's-maxage=31536000';
const privatePage = 'private, no-cache, no-store, max-age=0, must-revalidate';

describe('pageAnswer', () => {
  beforeEach(() => jest.mocked(inlineScriptHashes).mockClear());

  it("gives a page a CSP with its own scripts' hashes and nothing inline else", () => {
    const body = Buffer.from('<script>self.__next_f.push([1,"x"])</script><script>alert(1)</script>');
    const { status, headers } = answer({ request: request('/en'), status: 200, cacheControl: shared, body });
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=';/);
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('lets partner sites frame an embed, even one with the same bytes as a page that may not be framed', () => {
    const body = Buffer.from('<ul><li>hotline</li></ul>');
    const page = answer({ request: request('/en/partners'), status: 200, cacheControl: shared, body });
    const embed = answer({ request: request('/embed/hotlines?lang=en'), status: 200, cacheControl: shared, body });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
  });

  it('sends the body in the encoding the browser prefers, hashed before it is encoded', () => {
    const body = Buffer.from('<p>bồi thường</p><script>self.__next_f.push([1,"x"])</script>');
    const sent = answer({ request: request('/vi', 'GET', 'gzip, br'), status: 200, cacheControl: shared, body });
    expect(sent.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(sent.body).equals(body)).toBe(true);
    const plain = answer({ request: request('/vi'), status: 200, cacheControl: shared, body });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-security-policy']).toBe(sent.headers['content-security-policy']);
  });

  it('works out a shared page once, however many visitors ask for it', () => {
    const body = Buffer.from('<script>self.__next_f.push([1,"shared"])</script>');
    const first = answer({ request: request('/en', 'GET', 'br'), status: 200, cacheControl: shared, body });
    const second = answer({ request: request('/en', 'GET', 'br'), status: 200, cacheControl: shared, body: Buffer.from(body) });
    expect(inlineScriptHashes).toHaveBeenCalledTimes(1);
    expect(second.body).toBe(first.body);
    const changed = Buffer.from('<script>self.__next_f.push([1,"published"])</script>');
    answer({ request: request('/en', 'GET', 'br'), status: 200, cacheControl: shared, body: changed });
    expect(inlineScriptHashes).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing of a private page (a search): each answer is worked out anew', () => {
    const body = Buffer.from('<p>results for a private search</p><script>self.__next_f.push([1,"q"])</script>');
    for (let i = 0; i < 2; i += 1)
      answer({ request: request('/en/search?q=x', 'GET', 'br'), status: 200, cacheControl: privatePage, body });
    expect(inlineScriptHashes).toHaveBeenCalledTimes(2);
  });

  it('sends a page that failed to the unavailable page in its language, remembering it', () => {
    const { status, headers } = answer({
      request: request('/vi/bai-viet/x?y=1'),
      status: 500,
      cacheControl: privatePage,
      body: Buffer.from('error'),
    });
    expect(status).toBe(307);
    expect(headers.location).toBe(`/vi/unavailable?from=${encodeURIComponent('/vi/bai-viet/x?y=1')}`);
    expect(headers['cache-control']).toBe('no-store');
  });

  it('never sends the unavailable page to itself', () => {
    expect(answer({ request: request('/vi/unavailable?from=/vi'), status: 500, cacheControl: '', body: Buffer.from('') }).status).toBe(500);
  });

  it('reports foreign inline scripts by path, without the query, on every answer of a shared page', () => {
    const reported: string[] = [];
    const reporting = pageAnswer({ isDev: false, upgradeInsecureRequests: false, onForeignScripts: (path) => reported.push(path) });
    const body = Buffer.from('<script>alert(1)</script>');
    reporting({ request: request('/en/search?q=secret'), status: 200, cacheControl: privatePage, body });
    reporting({ request: request('/en/about'), status: 200, cacheControl: shared, body });
    reporting({ request: request('/fr/about'), status: 200, cacheControl: shared, body });
    expect(reported).toEqual(['/en/search', '/en/about', '/fr/about']);
  });
});
