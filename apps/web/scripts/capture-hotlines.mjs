// Runs before `next build`: captures the featured hotlines of every locale from the CMS into
// src/generated/hotlines.json, so error pages can show them even when the CMS is down.
// If the CMS cannot be reached, the file already in the repository (captured from the seed) is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../src/generated/hotlines.json', import.meta.url));
const readJson = (relative) => JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8'));
const { locales } = readJson('../../../packages/i18n/src/locales.json');
// The site's own SiteSettings operation, sent by hash like every other read (the CMS runs nothing else).
const { sha256 } = readJson('../../../packages/content/src/generated/trusted-documents.json').SiteSettings;
const endpoint = process.env.CMS_GRAPHQL_URL || 'http://127.0.0.1:1337/graphql';

async function hotlinesFor(locale) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operationName: 'SiteSettings',
      variables: { locale },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } },
    }),
    signal: AbortSignal.timeout(3000),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`CMS answered ${response.status}`);
  return (body.data.siteSetting?.featuredHotlines ?? [])
    .filter((hotline) => hotline.phone || hotline.sms)
    .map(({ name, phone, sms }) => ({ name, phone, sms }));
}

try {
  const captured = {};
  for (const { code } of locales) {
    const hotlines = await hotlinesFor(code);
    if (hotlines.length > 0) captured[code] = hotlines;
  }
  if (!captured.en) throw new Error('no English hotlines');
  writeFileSync(target, `${JSON.stringify(captured, null, 2)}\n`);
  console.log(`Captured featured hotlines for ${Object.keys(captured).length} locales from ${endpoint}`);
} catch (error) {
  console.warn(`Keeping the hotlines already in src/generated/hotlines.json (CMS not reachable: ${error.message})`);
}
