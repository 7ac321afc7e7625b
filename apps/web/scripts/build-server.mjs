// Bundles Haven's web server (src/server/main.ts) into dist/site-server.cjs, run by `npm start`.
// Workspace packages ship TypeScript, so they are bundled in; Next and npm packages are loaded at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist/site-server.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['next', 'compression'],
  logLevel: 'warning',
});
