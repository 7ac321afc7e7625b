// Generates, on first local run, the secrets Haven needs and keeps them in git-ignored files:
// apps/cms/.env for the CMS, and the values both apps share also in apps/web/.env.local.
// Nothing secret is ever committed. In production nothing is generated: the apps refuse to start
// and name the missing variable.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cmsFile = path.join(root, 'apps', 'cms', '.env');
const webFile = path.join(root, 'apps', 'web', '.env.local');

const CMS_ONLY = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const SHARED = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_PREVIEW_TOKEN', 'CMS_REQUEST_TOKEN'];

const read = (file) =>
  Object.fromEntries(
    (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

function append(file, values) {
  const names = Object.keys(values);
  if (names.length === 0) return;
  const saved = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = names.map((name) => `${name}=${values[name]}`).join('\n');
  fs.appendFileSync(file, `${saved && !saved.endsWith('\n') ? '\n' : ''}${lines}\n`, { mode: 0o600 });
  console.log(`Generated local secrets in ${path.relative(root, file)}: ${names.join(', ')}`);
}

function ensureLocalEnv() {
  if (process.env.NODE_ENV === 'production') return;
  const random = () => crypto.randomBytes(32).toString('base64url');
  const cms = read(cmsFile);
  const web = read(webFile);
  const cmsMissing = {};
  const webMissing = {};
  for (const name of CMS_ONLY) {
    if (!process.env[name] && !cms[name]) cmsMissing[name] = name === 'APP_KEYS' ? `${random()},${random()}` : random();
  }
  for (const name of SHARED) {
    const value = process.env[name] ?? cms[name] ?? web[name] ?? random();
    if (!cms[name]) cmsMissing[name] = value;
    if (!web[name]) webMissing[name] = value;
  }
  append(cmsFile, cmsMissing);
  append(webFile, webMissing);
}

module.exports = { ensureLocalEnv };

if (require.main === module) ensureLocalEnv();
