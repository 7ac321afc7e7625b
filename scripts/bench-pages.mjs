// Page weights for the benchmarks.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { percentile } from './bench-stack.mjs';

/** Time to the response headers of one request, in ms. */
function ttfb(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    get(url, (response) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      response.resume();
      response.on('end', () => resolve(ms));
    }).on('error', reject);
  });
}

/** A page's HTML, its inline script text (hydration data), first-load JavaScript and cached TTFB. */
export async function pageWeight(site, pagePath) {
  const html = await (await fetch(`${site}${pagePath}`)).text();
  // nomodule scripts (Next's polyfills) are skipped by every browser that runs modules, so they are not counted.
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean));
  let js = 0;
  for (const src of sources) js += gzipSync(Buffer.from(await (await fetch(new URL(src, site))).arrayBuffer())).length;
  const times = [];
  for (let i = 0; i < 50; i += 1) times.push(await ttfb(`${site}${pagePath}`));
  return {
    html,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    inlineBytes: [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].reduce(
      (sum, match) => sum + Buffer.byteLength(match[1]),
      0,
    ),
    jsGzip: js,
    scripts: sources.size,
    ttfb: percentile(times, 0.5),
  };
}
