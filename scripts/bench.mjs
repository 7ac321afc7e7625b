// `npm run bench`: how heavy and how fast the reading pages are. Starts a seeded CMS and the built
// site (builds it first when there is no build, or with --build), then prints for the home, article,
// resources and FAQ pages in en and fa: HTML size, cached time to first byte, first-load JavaScript
// (gzipped) and Lighthouse
// scores (mobile preset, median of --runs=N runs, default 3), with the targets met or missed; then
// the cached article's throughput under autocannon next to a static server sending the same HTML
// from memory. Stops everything it started.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { categories, chromium, lighthouseScores } from './bench-lighthouse.mjs';
import { pageWeight } from './bench-pages.mjs';
import { ensureSiteBuild, firstLine, kB, readingPages, start, startStack, stop, stopAll, throughput } from './bench-stack.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'haven-bench-'));

const targets = { firstLoadJsGzip: 100 * 1024, performance: 95, others: 100 };
const load = { connections: 50, duration: 20 };
const runsArgument = process.argv.find((argument) => argument.startsWith('--runs='));
const runs = runsArgument ? Math.max(1, Number.parseInt(runsArgument.slice('--runs='.length), 10) || 1) : 3;

for (const name of ['SIGINT', 'SIGTERM']) {
  process.once(name, () =>
    stopAll()
      .then(() => rmSync(work, { recursive: true, force: true }))
      .finally(() => process.exit(130)),
  );
}

/** A node:http server in its own process, answering every request with the saved HTML from memory. */
async function startStaticServer(html) {
  const file = path.join(work, 'article.html');
  writeFileSync(file, html);
  const server = start(
    process.execPath,
    [
      '-e',
      `const body = require('node:fs').readFileSync(process.argv[1]);
       const server = require('node:http').createServer((request, response) => {
         response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
         response.end(body);
       });
       server.listen(0, '127.0.0.1', () => console.log(server.address().port));`,
      file,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return { server, url: `http://127.0.0.1:${await firstLine(server, 'the static server')}/` };
}

const mark = (met) => (met ? '✓' : '✗');

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => String(cell).padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

try {
  const buildId = ensureSiteBuild(process.argv.includes('--build'));
  const { site, article } = await startStack();
  const pages = ['en', 'fa'].flatMap((locale) =>
    Object.entries(readingPages(locale, article.slugs[locale])).map(([name, pagePath]) => ({ name: `${locale} ${name}`, path: pagePath })),
  );

  const results = [];
  for (const page of pages) {
    await fetch(`${site}${page.path}`); // fills the site's data cache
    const weight = await pageWeight(site, page.path);
    console.error(`lighthouse ${page.name}…`);
    results.push({ ...page, ...weight, scores: await lighthouseScores(`${site}${page.path}`, { name: page.name, runs, work }) });
  }

  const articlePath = pages.find((page) => page.name === 'en article').path;
  console.error(`autocannon on ${articlePath} (${load.duration} s)…`);
  const articleHtml = results.find((page) => page.name === 'en article').html;
  for (let i = 0; i < 20; i += 1) await (await fetch(`${site}${articlePath}`)).text();
  const nextLoad = await throughput(load, `${site}${articlePath}`);
  const { server: staticServer, url: staticUrl } = await startStaticServer(articleHtml);
  console.error(`autocannon on the static server (${load.duration} s)…`);
  const staticLoad = await throughput(load, staticUrl);
  await stop(staticServer);

  const header = ['page', 'HTML', 'HTML gz', 'inline data', 'cached TTFB p50', 'first-load JS gz', 'perf', 'a11y', 'best pr.', 'SEO'];
  const verdicts = [];
  const rows = results.map((page) => {
    const jsMet = page.jsGzip <= targets.firstLoadJsGzip;
    verdicts.push(jsMet);
    const scores = page.scores.error
      ? categories.map(() => 'error')
      : categories.map((id) => {
          const met = page.scores[id] >= (id === 'performance' ? targets.performance : targets.others);
          verdicts.push(met);
          return `${page.scores[id]} ${mark(met)}`;
        });
    if (page.scores.error) verdicts.push(false);
    return [
      page.name,
      kB(page.htmlBytes),
      kB(page.htmlGzip),
      kB(page.inlineBytes),
      `${page.ttfb.toFixed(1)} ms`,
      `${kB(page.jsGzip)} (${page.scripts} files) ${mark(jsMet)}`,
      ...scores,
    ];
  });

  console.log(
    `\nHaven bench — build ${buildId}, Lighthouse 12.2.3 mobile preset (median of ${runs} runs), ${path.basename(chromium)} headless`,
  );
  console.log(`targets: first-load JS ≤ 100 kB gz, Lighthouse performance ≥ 95, others 100 (✓ met, ✗ missed)\n`);
  console.log(table([header, ...rows]));
  for (const page of results.filter((result) => result.scores.error))
    console.log(`Lighthouse failed on ${page.name}: ${page.scores.error}`);
  console.log(`\nLighthouse metrics (simulated mobile) and audits below full score:`);
  console.log(
    table([
      ['page', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'audits below full score'],
      ...results
        .filter((page) => !page.scores.error)
        .map((page) => [page.name, ...page.scores.metrics, page.scores.failing.join(', ') || '–']),
    ]),
  );
  const missed = verdicts.filter((met) => !met).length;
  console.log(`\n${verdicts.length - missed} of ${verdicts.length} targets met${missed ? `, ${missed} missed` : ''}`);

  const line = (name, result) =>
    `  ${name.padEnd(12)} ${result.rps.toFixed(0).padStart(6)} req/s   latency p50 ${result.p50} ms, p99 ${result.p99} ms   (${result.non2xx} non-2xx, ${result.errors} errors)`;
  console.log(`\ncached article ${articlePath}, autocannon ${load.connections} connections × ${load.duration} s, same machine:`);
  console.log(line('Next.js', nextLoad));
  console.log(line('static HTML', staticLoad));
  console.log(
    `  ratio        Next.js serves ${((100 * nextLoad.rps) / staticLoad.rps).toFixed(1)} % of the static server's requests/s (static: ${(staticLoad.rps / nextLoad.rps).toFixed(0)}×), ${kB(Buffer.byteLength(articleHtml))} page`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
