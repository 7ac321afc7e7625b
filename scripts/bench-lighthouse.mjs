// Lighthouse runs for the benchmarks: the mobile preset in Debian's Chromium, headless, nothing downloaded.
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, start } from './bench-stack.mjs';

const lighthouse = path.join(root, 'node_modules/.bin/lighthouse');
export const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Lighthouse `runs` times, reports written under `work`; the run with the median performance score (it varies between runs). */
export async function lighthouseScores(url, { name, runs, work }) {
  const reports = [];
  for (let run = 0; run < runs; run += 1)
    reports.push(await lighthouseOnce(url, path.join(work, `${name.replace(/\W+/g, '-')}-${run}.json`)));
  const ok = reports.filter((report) => !report.error).sort((a, b) => a.performance - b.performance);
  return ok.length === 0 ? reports[0] : ok[Math.floor((ok.length - 1) / 2)];
}

async function lighthouseOnce(url, output) {
  const child = start(
    lighthouse,
    [
      url,
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${categories.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-background-networking',
      '--quiet',
    ],
    { env: { CHROME_PATH: chromium }, stdio: ['ignore', 'ignore', 'pipe'], stopSignal: 'SIGINT' },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const [code] = await once(child, 'exit');
  if (code !== 0 || !existsSync(output)) return { error: errors.trim().split('\n').pop() || `exit ${code}` };
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (report.runtimeError) return { error: report.runtimeError.message };
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]));
  const metrics = metricIds.map((id) => report.audits[id]?.displayValue ?? '–');
  const failing = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode))
    .filter((audit) => !metricIds.includes(audit.id))
    .map((audit) => audit.id);
  const lcpMs = report.audits['largest-contentful-paint']?.numericValue;
  return { ...scores, metrics, failing, lcpMs };
}
