import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** What to answer instead of the HTML page Next wrote: its headers to set, and the body to send. */
export interface HtmlAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Decides the final response for an HTML page from what Next wrote (status, Cache-Control, body). */
export type FinishHtml = (page: { request: IncomingMessage; status: number; cacheControl: string; body: Buffer }) => HtmlAnswer;

/**
 * Holds back an HTML response until Next has written all of it, then lets `finish` rewrite its
 * status, headers and body (the page's CSP is made from the finished document). Every other
 * response passes through untouched. Installed on a response before Next's handler writes to it.
 */
export function sealHtmlResponses(request: IncomingMessage, response: ServerResponse, finish: FinishHtml): void {
  const original = {
    writeHead: response.writeHead.bind(response),
    write: response.write.bind(response),
    end: response.end.bind(response),
    flushHeaders: response.flushHeaders.bind(response),
  };
  let decided: 'html' | 'other' | undefined;
  let pendingHead: { status: number; headers?: OutgoingHttpHeaders } | undefined;
  const chunks: Buffer[] = [];

  function decide(): 'html' | 'other' {
    if (decided) return decided;
    if (pendingHead?.headers)
      for (const [name, value] of Object.entries(pendingHead.headers)) if (value !== undefined) response.setHeader(name, value);
    if (pendingHead) response.statusCode = pendingHead.status;
    pendingHead = undefined;
    const type = String(response.getHeader('content-type') ?? '');
    decided = type.startsWith('text/html') ? 'html' : 'other';
    if (decided === 'other') Object.assign(response, original);
    return decided;
  }

  const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);

  response.writeHead = (status: number, ...rest: unknown[]) => {
    const headers = rest.find((item) => typeof item === 'object' && item !== null) as OutgoingHttpHeaders | undefined;
    pendingHead = { status, ...(headers ? { headers } : {}) };
    return response;
  };

  response.flushHeaders = () => {
    if (decide() === 'other') original.flushHeaders();
  };

  response.write = ((chunk: unknown, encodingOrCallback?: unknown, callback?: unknown) => {
    if (decide() === 'other') return (original.write as (...args: unknown[]) => boolean)(chunk, encodingOrCallback, callback);
    chunks.push(toBuffer(chunk, typeof encodingOrCallback === 'string' ? (encodingOrCallback as BufferEncoding) : undefined));
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  }) as ServerResponse['write'];

  response.end = ((chunk?: unknown, encodingOrCallback?: unknown, callback?: unknown) => {
    if (decide() === 'other') return (original.end as (...args: unknown[]) => ServerResponse)(chunk, encodingOrCallback, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk, typeof encodingOrCallback === 'string' ? (encodingOrCallback as BufferEncoding) : undefined));
    }
    const answer = finish({
      request,
      status: response.statusCode,
      cacheControl: String(response.getHeader('cache-control') ?? ''),
      body: Buffer.concat(chunks),
    });
    response.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    const hasBody = request.method !== 'HEAD' && answer.status !== 204 && answer.status !== 304;
    if (hasBody) response.setHeader('content-length', answer.body.length);
    const done = [chunk, encodingOrCallback, callback].find((item) => typeof item === 'function') as (() => void) | undefined;
    // Node's end() writes the head through response.writeHead: it must be the real one again.
    Object.assign(response, original);
    return original.end(hasBody ? answer.body : undefined, done);
  }) as ServerResponse['end'];
}
