// The secrets Strapi needs before it loads (the names src/env.ts requires), random and used once:
// for test CMSs, benchmarks and building the admin panel, never for a CMS that keeps data.
// Run directly, it prints them as NAME=value lines for `env $(node throwaway-secrets.js) …`.
const crypto = require('node:crypto');

const secret = () => crypto.randomBytes(32).toString('base64url');

const throwawayStrapiSecrets = () => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

module.exports = { secret, throwawayStrapiSecrets };

if (require.main === module) {
  for (const [name, value] of Object.entries(throwawayStrapiSecrets())) console.log(`${name}=${value}`);
}
