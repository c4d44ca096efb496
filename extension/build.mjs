// Bundles the extension (dist/extension.cjs) and the language server (dist/server.mjs) with esbuild,
// and copies the rule docs the server's hovers quote, so the .vsix runs with no node_modules.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');
const production = !process.argv.includes('--dev');
const minify = process.argv.includes('--minify');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const shared = { bundle: true, platform: 'node', target: 'node20', sourcemap: production ? false : 'inline', minify, logLevel: 'warning', legalComments: 'none' };

await build({ ...shared, entryPoints: [join(here, 'src/extension.ts')], outfile: join(dist, 'extension.cjs'), format: 'cjs', external: ['vscode'] });

await build({
  ...shared,
  entryPoints: [join(root, 'language-server/main.ts')],
  outfile: join(dist, 'server.mjs'),
  format: 'esm',
  // TypeScript (inside ts-morph) is CommonJS: it calls require() for Node's modules and reads __filename.
  banner: {
    js: [
      "import { createRequire as __agentvetRequire } from 'node:module';",
      "import { fileURLToPath as __agentvetPath } from 'node:url';",
      'const require = __agentvetRequire(import.meta.url);',
      'const __filename = __agentvetPath(import.meta.url);',
      "const __dirname = __agentvetPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});

cpSync(join(root, 'rules/docs'), join(dist, 'rules-docs'), { recursive: true });
const version = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).version;
console.log(`extension: built dist/extension.cjs and dist/server.mjs (agentvet ${version})`);
