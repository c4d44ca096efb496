// Build step (after tsc): bundles the compiled view with Ink, React and their dependencies into one
// file, dist/tui/open-view.bundle.js. Loading ~150 small modules costs most of a second of CPU; one
// bundle costs a fifth of that, which is what lets a 100,000-event run open in under a second.
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Ink loads its React devtools bridge only in development; production builds never reach it.
const stubs = mkdtempSync(join(tmpdir(), 'agentvet-view-bundle-'));
const devtoolsStub = join(stubs, 'react-devtools-core.mjs');
writeFileSync(devtoolsStub, 'export default {};\n');

try {
  await build({
    entryPoints: [join(here, 'open-view.js')],
    outfile: join(here, 'open-view.bundle.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': devtoolsStub },
    // Some bundled packages are CommonJS and call require() for Node built-ins.
    banner: { js: "import { createRequire as agentvetCreateRequire } from 'node:module'; const require = agentvetCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
} finally {
  rmSync(stubs, { recursive: true, force: true });
}
