// Haven's web server: Next's request handler, with every HTML page's CSP made from the finished
// document (hashes of its inline scripts, so cached pages keep a strict policy), and compression
// applied after that, so the hashes are computed over the text the browser will run.
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { nameClient } from './client-key';
import { pageAnswer } from './page-answer';
import { sealHtmlResponses } from './sealed-html';
import { keepHeadersSingle } from './single-headers';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, dev: { type: 'boolean' } },
});
const dev = values.dev ?? false;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? 'localhost';
// The webhook names this instance to the front's refresh server by its port.
process.env.PORT = String(port);
const reported = new Set<string>();
const compress = compression();

async function main(): Promise<void> {
  const app = next({ dev, dir: path.resolve(__dirname, '..'), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Read after Next has loaded the app's .env files.
  const finish = pageAnswer({
    isDev: dev,
    upgradeInsecureRequests: (process.env.SITE_URL ?? '').startsWith('https:'),
    onForeignScripts(pagePath) {
      // Paths are the visitor's to choose: remember a bounded number of them.
      if (reported.has(pagePath) || reported.size >= 1000) return;
      reported.add(pagePath);
      console.error(`haven: ${pagePath} carries an inline script that is not the framework's; the browser will refuse it`);
    },
  });
  const server = createServer((request, response) => {
    nameClient(request);
    keepHeadersSingle(response);
    compress(request as never, response as never, () => {
      sealHtmlResponses(request, response, finish);
      void handle(request, response);
    });
  });
  server.listen(port, hostname, () => console.log(`haven web: http://${hostname}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
