// Generates the secrets a local CMS needs on first run and keeps them in apps/cms/.env
// (git-ignored), so nothing secret is ever committed. Production must set its own: there
// the CMS refuses to start and names the missing variable.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const envFile = path.join(__dirname, '..', '.env');

function ensureLocalSecrets() {
  if (process.env.NODE_ENV === 'production') return;
  const saved = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
  const savedNames = new Set(saved.split('\n').map((line) => line.split('=')[0]));
  const missing = SECRETS.filter((name) => !process.env[name] && !savedNames.has(name));
  if (missing.length === 0) return;
  const random = () => crypto.randomBytes(24).toString('base64');
  const lines = missing.map((name) => `${name}=${name === 'APP_KEYS' ? [random(), random()].join(',') : random()}`);
  fs.appendFileSync(envFile, `${saved && !saved.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`Generated local secrets in ${envFile}: ${missing.join(', ')}`);
}

module.exports = { ensureLocalSecrets };
