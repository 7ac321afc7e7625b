// `npm run bench:publish`: how fast a publish reaches visitors, and how the site holds up with the
// CMS stopped. Starts a seeded CMS and the built site (built first when there is none), publishes a
// new Spanish title 20 times through the CMS's REST API, and times each from the API call returning
// to the Spanish page serving it. Then stops the CMS and measures cached article requests per second.
import autocannon from 'autocannon';
import { ensureSiteBuild, percentile, startStack, stop, stopAll } from './bench-stack.mjs';

try {
  ensureSiteBuild(process.argv.includes('--build'));
  const { site, cms, cmsProcess, article } = await startStack();
  const page = `${site}/es/articulos/${article.slugs.es}`;
  await fetch(page);

  const delays = [];
  for (let i = 1; i <= 20; i += 1) {
    const title = `Título de prueba ${i} ${Date.now()}`;
    const response = await fetch(`${cms.url}/api/articles/${article.documentId}?locale=es&status=published`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.editorToken}` },
      body: JSON.stringify({ data: { title } }),
    });
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
    const published = performance.now();
    while (!(await (await fetch(page)).text()).includes(title)) {
      if (performance.now() - published > 30_000) throw new Error(`publish ${i} not served within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    delays.push(performance.now() - published);
  }

  await stop(cmsProcess);
  const stillServed = (await fetch(page)).status;
  const load = await autocannon({ url: page, connections: 50, duration: 20 });

  console.log(
    `publish → served (20 publishes): median ${percentile(delays, 0.5).toFixed(0)} ms, worst ${Math.max(...delays).toFixed(0)} ms`,
  );
  console.log(
    `cached Spanish article with the CMS stopped: status ${stillServed}, ${load.requests.average.toFixed(0)} requests/s ` +
      `(50 connections, 20 s; ${load.non2xx} non-2xx, ${load.errors} errors), latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
