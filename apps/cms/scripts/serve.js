// One CMS process: the built Strapi (run `strapi build` first), seeded on first start.
// scripts/start.js runs this under supervision; run it directly only to debug the CMS itself.
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.join(__dirname, '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).start();
