import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sealHtmlResponses, type FinishHtml } from './sealed-html';

/** A real HTTP server whose handler writes like Next does (headers, flushHeaders, chunks, end). */
async function serve(write: Parameters<typeof createServer>[1], finish: FinishHtml): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    sealHtmlResponses(request, response, finish);
    write?.(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('sealHtmlResponses', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('hands the whole HTML document to finish and sends what it answers, with one header of each name', async () => {
    const seen: string[] = [];
    const running = await serve(
      (_request, response) => {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.setHeader('content-security-policy', "default-src 'none'");
        response.flushHeaders();
        response.write('<html><p>first</p>');
        setTimeout(() => response.end(Buffer.from('<p>second</p></html>')), 10);
      },
      ({ status, body }) => {
        seen.push(body.toString());
        return {
          status,
          headers: { 'content-security-policy': "script-src 'sha256-x'" },
          body: Buffer.from(`${body.toString()}<!-- sealed -->`),
        };
      },
    );
    server = running.server;
    const response = await fetch(running.url);
    expect(seen).toEqual(['<html><p>first</p><p>second</p></html>']);
    expect(response.headers.get('content-security-policy')).toBe("script-src 'sha256-x'");
    expect(await response.text()).toBe('<html><p>first</p><p>second</p></html><!-- sealed -->');
  });

  it('lets finish replace a failed page with a redirect', async () => {
    const running = await serve(
      (_request, response) => {
        response.writeHead(500, { 'content-type': 'text/html' });
        response.end('<p>error</p>');
      },
      () => ({ status: 307, headers: { location: '/en/unavailable' }, body: Buffer.alloc(0) }),
    );
    server = running.server;
    const response = await fetch(running.url, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/en/unavailable');
  });

  it('passes every other response through untouched, streamed', async () => {
    const finish = jest.fn<ReturnType<FinishHtml>, Parameters<FinishHtml>>();
    const running = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"a":');
      response.end('1}');
    }, finish);
    server = running.server;
    const response = await fetch(running.url);
    expect(await response.json()).toEqual({ a: 1 });
    expect(finish).not.toHaveBeenCalled();
  });
});
