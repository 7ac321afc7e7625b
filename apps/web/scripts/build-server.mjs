// Bundles Haven's web server (src/server/main.ts, run by `npm start`) and the shared cache handler
// of the scale profile into dist/. Workspace packages ship TypeScript, so they are bundled in; Next
// and npm packages are loaded at run time (the handler must share Next's own modules).
import { build } from 'esbuild';

const entries = { 'site-server': 'src/server/main.ts', 'cache-handler': 'src/server/shared-cache-handler.ts' };
for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry],
    outfile: `dist/${name}.cjs`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['next', 'next/*', 'compression', '@redis/client'],
    logLevel: 'warning',
  });
}
