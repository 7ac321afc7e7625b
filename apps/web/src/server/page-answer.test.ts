import type { IncomingMessage } from 'node:http';
import { pageAnswer } from './page-answer';

const request = (url: string, method = 'GET') => ({ url, method }) as IncomingMessage;
const answer = pageAnswer({ isDev: false, upgradeInsecureRequests: false, onForeignScripts: () => undefined });

describe('pageAnswer', () => {
  it("gives a page a CSP with its own scripts' hashes and nothing inline else", () => {
    const body = Buffer.from('<script>self.__next_f.push([1,"x"])</script><script>alert(1)</script>');
    const { status, headers } = answer({ request: request('/en'), status: 200, body });
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=';/);
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('sends a page that failed to the unavailable page in its language, remembering it', () => {
    const { status, headers } = answer({ request: request('/vi/bai-viet/x?y=1'), status: 500, body: Buffer.from('error') });
    expect(status).toBe(307);
    expect(headers.location).toBe(`/vi/unavailable?from=${encodeURIComponent('/vi/bai-viet/x?y=1')}`);
    expect(headers['cache-control']).toBe('no-store');
  });

  it('never sends the unavailable page to itself', () => {
    expect(answer({ request: request('/vi/unavailable?from=/vi'), status: 500, body: Buffer.from('') }).status).toBe(500);
  });

  it('reports foreign inline scripts by path, without the query', () => {
    const reported: string[] = [];
    pageAnswer({ isDev: false, upgradeInsecureRequests: false, onForeignScripts: (path) => reported.push(path) })({
      request: request('/en/search?q=secret'),
      status: 200,
      body: Buffer.from('<script>alert(1)</script>'),
    });
    expect(reported).toEqual(['/en/search']);
  });
});
