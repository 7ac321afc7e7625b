// `npm start`: the built CMS (run `strapi build` first; turbo does), seeded on first start.
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
require('../../../scripts/local-env').ensureLocalEnv();
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.join(__dirname, '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).start();
