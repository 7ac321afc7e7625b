import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepHeadersSingle } from './single-headers';

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    keepHeadersSingle(response);
    response.setHeader('location', '/en/page-not-found');
    response.appendHeader('Location', '/en/page-not-found');
    response.appendHeader('vary', 'RSC');
    response.appendHeader('vary', 'Accept-Encoding');
    response.statusCode = 307;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('sends a Location appended a second time once, and still lets other headers take several values', async () => {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.headers.get('location')).toBe('/en/page-not-found');
  expect(response.headers.get('vary')).toBe('RSC, Accept-Encoding');
});
