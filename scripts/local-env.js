// Generates, on first local run, the secrets Haven needs and keeps them in git-ignored files:
// apps/cms/.env for the CMS, the values both apps share also in apps/web/.env.local, and the
// organisation's key pair for consultation requests: the public key in apps/web/.env.local, the
// private key (which intake staff load in the admin panel to read requests) in intake-private-key.txt.
// Nothing secret is ever committed. In production nothing is generated: the apps refuse to start
// and name the missing variable.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cmsFile = path.join(root, 'apps', 'cms', '.env');
const webFile = path.join(root, 'apps', 'web', '.env.local');
const privateKeyFile = path.join(root, 'intake-private-key.txt');

const CMS_ONLY = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const SHARED = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_PREVIEW_TOKEN', 'CMS_REQUEST_TOKEN'];
const WEB_ONLY = ['REQUEST_FORM_SECRET'];

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
  for (const name of WEB_ONLY) if (!process.env[name] && !web[name]) webMissing[name] = random();
  if (!process.env.REQUEST_PUBLIC_KEY && !web.REQUEST_PUBLIC_KEY) webMissing.REQUEST_PUBLIC_KEY = requestPublicKey();
  append(cmsFile, cmsMissing);
  append(webFile, webMissing);
}

// PKCS #8 wrapping of a raw X25519 private key, so node:crypto can derive its public key.
const x25519Pkcs8Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');

/**
 * The public key requests are sealed to (raw X25519, base64, as libsodium's crypto_box uses it),
 * from intake-private-key.txt, which is made with a new key pair when missing.
 */
function requestPublicKey() {
  if (!fs.existsSync(privateKeyFile)) {
    const { privateKey } = crypto.generateKeyPairSync('x25519');
    const raw = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url').toString('base64');
    fs.writeFileSync(
      privateKeyFile,
      `# Haven intake private key (local use only). Load it in the admin panel's Consultation requests page to read\n# requests. Whoever holds it can read every request: never commit, email or upload it.\n${raw}\n`,
      { mode: 0o600 },
    );
    console.log(`Generated the intake key pair: private key in ${path.relative(root, privateKeyFile)}`);
  }
  const raw = fs
    .readFileSync(privateKeyFile, 'utf8')
    .split('\n')
    .find((line) => line && !line.startsWith('#'));
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([x25519Pkcs8Prefix, Buffer.from(raw.trim(), 'base64')]),
    format: 'der',
    type: 'pkcs8',
  });
  return Buffer.from(crypto.createPublicKey(privateKey).export({ format: 'jwk' }).x, 'base64url').toString('base64');
}

module.exports = { ensureLocalEnv };

if (require.main === module) ensureLocalEnv();
