// `npm run bench:search`: Haven's search at scale. Needs the CMS compiled (npm run build). Prints:
//   - index build time and memory for 10,000 generated documents per locale (8 locales), made of
//     the seed content's own words, and query latency p50/p95 on that index (200 queries a locale:
//     one to three words, some with a typo, some cut short);
//   - publish → searchable through the public GraphQL API of a real seeded CMS (20 publishes).
// Runs itself again with the CMS's own Node.js flags, and --expose-gc for an exact memory figure.
const { spawn, spawnSync } = require('node:child_process');
const { createInterface } = require('node:readline');
const path = require('node:path');
const { cmsNodeFlags } = require('./node-flags');

if (typeof global.gc !== 'function') {
  const { status } = spawnSync(process.execPath, [...cmsNodeFlags(), '--expose-gc', __filename], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const dist = path.join(__dirname, '..', 'dist', 'src');
const { SearchIndex } = require(path.join(dist, 'search', 'search-index.js'));
const { parseSynonyms } = require(path.join(dist, 'search', 'synonyms.js'));
const { seedContent } = require(path.join(dist, 'seed', 'data', 'index.js'));
const trusted = require('@haven/content/trusted-documents.json');

const perLocale = 10_000;
const locales = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'fil', 'fa'];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

// A fixed sequence, so runs compare.
let state = 42;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];

/** The words the seed content uses in a locale (Chinese: its characters, as it has no spaces). */
function vocabulary(locale) {
  const texts = [];
  for (const group of [seedContent.articles, seedContent.resources, seedContent.faqs])
    for (const item of group) if (item.translations[locale]) texts.push(JSON.stringify(item.translations[locale]));
  const text = texts.join(' ');
  const words = locale.startsWith('zh') ? [...text.matchAll(/\p{Script=Han}{2}/gu)].map((m) => m[0]) : text.match(/[\p{L}\p{N}]{2,}/gu);
  return [...new Set(words)];
}

const sentence = (words, length) => Array.from({ length }, () => pick(words)).join(' ');

function measureIndex() {
  const index = new SearchIndex();
  const words = Object.fromEntries(locales.map((locale) => [locale, vocabulary(locale)]));
  global.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (const locale of locales)
    for (let i = 0; i < perLocale; i += 1)
      index.put({
        type: ['article', 'resource', 'faq'][i % 3], // a document is of one type in every locale
        documentId: `bench${i}`,
        locale,
        slug: `bench-${i}`,
        title: sentence(words[locale], 6),
        summary: sentence(words[locale], 20),
        body: sentence(words[locale], 150),
      });
  const buildMs = performance.now() - started;
  global.gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  const times = [];
  const synonyms = parseSynonyms(seedContent.searchSynonyms.en.groups);
  for (const locale of locales) {
    for (let q = 0; q < 200; q += 1) {
      let query = sentence(words[locale], 1 + Math.floor(random() * 3));
      if (q % 5 === 0 && query.length > 6) query = query.slice(0, 2) + query.slice(3); // a typo
      if (q % 7 === 0) query = query.slice(0, Math.max(2, query.length - 2)); // cut short
      const start = performance.now();
      index.search(query, { locale, fallbackLocale: 'en', synonyms: locale === 'en' ? synonyms : undefined });
      times.push(performance.now() - start);
    }
  }
  return { documents: index.size, buildMs, heapMb, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

async function measurePublishing() {
  const cms = spawn(process.execPath, [path.join(__dirname, 'serve-seeded.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = await new Promise((resolve, reject) => {
      createInterface({ input: cms.stdout }).once('line', (text) => resolve([text]));
      cms.once('exit', (code) => reject(new Error(`the CMS exited (${code})`)));
    });
    const { url, editorToken } = JSON.parse(line);
    const search = async (query) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          operationName: 'Search',
          variables: { locale: 'es', query },
          extensions: { persistedQuery: { version: 1, sha256Hash: trusted.Search.sha256 } },
        }),
      });
      return (await response.json()).data.search.hits;
    };
    const english = await (await fetch(`${url}/api/articles?locale=en&filters[slug][$eq]=getting-compensation`)).json();
    const documentId = english.data[0].documentId;
    const delays = [];
    for (let i = 0; i < 20; i += 1) {
      const word = `marcador${i}x${Date.now().toString(36)}`;
      const response = await fetch(`${url}/api/articles/${documentId}?locale=es&status=published`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
        body: JSON.stringify({ data: { title: `Compensación ${word}` } }),
      });
      if (!response.ok) throw new Error(`publish failed: ${response.status}`);
      const published = performance.now();
      while ((await search(word)).length === 0) {
        if (performance.now() - published > 10_000) throw new Error('a publish was not searchable within 10 s');
      }
      delays.push(performance.now() - published);
    }
    return { median: percentile(delays, 0.5), worst: Math.max(...delays) };
  } finally {
    cms.kill('SIGTERM');
  }
}

(async () => {
  const index = measureIndex();
  console.log(
    `search index: ${index.documents} documents (${perLocale} per locale × ${locales.length}) built in ${(index.buildMs / 1000).toFixed(1)} s,`,
  );
  console.log(`  ${index.heapMb.toFixed(0)} MB of heap`);
  console.log(
    `  query latency over ${locales.length * 200} queries: p50 ${index.p50.toFixed(2)} ms, p95 ${index.p95.toFixed(2)} ms (targets ≤ 10 ms, ≤ 50 ms)`,
  );
  const publishing = await measurePublishing();
  console.log(
    `publish → searchable through GraphQL (20 publishes): median ${publishing.median.toFixed(0)} ms, worst ${publishing.worst.toFixed(0)} ms (target ≤ 2000 ms)`,
  );
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
