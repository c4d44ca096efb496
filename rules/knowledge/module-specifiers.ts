// How code names an npm package besides its bare name.
//
// Deno (and Supabase Edge Functions, which run on it) imports npm packages as `npm:openai@4` or from a CDN that serves
// npm packages by name and version (`https://esm.sh/ai@4.2.6`, `https://esm.sh/v135/@supabase/supabase-js@2`); browser
// modules do the same through jsDelivr, unpkg, Skypack or JSPM. Each URL is `<prefix>[@scope/]name[@version][/subpath]`
// and serves that package's own code (esm.sh and jsDelivr docs: "import from npm"); the engine reads it as the package.

/** Specifier prefixes followed by an npm package name (esm.sh also takes a `v135/` or `stable/` build segment). */
export const npmSpecifierPrefixes = [
  'npm:',
  'https://esm.sh/',
  'https://cdn.jsdelivr.net/npm/',
  'https://esm.run/',
  'https://unpkg.com/',
  'https://cdn.skypack.dev/',
  'https://ga.jspm.io/npm:',
  'https://jspm.dev/',
];

/**
 * Subpath entries a package documents as the same client as its main entry. openai's `openai/client` declares `export
 * declare class OpenAI` (client.d.ts, the class the main entry re-exports as default and as `OpenAI`); the Anthropic
 * SDK's `@anthropic-ai/sdk/client` declares `export declare class Anthropic` likewise.
 */
export const packageEntryAliases: Array<{ path: string; module: string; checkedAgainst: string }> = [
  { path: 'openai/client', module: 'openai', checkedAgainst: 'openai@7.57.0 (client.d.ts: export declare class OpenAI)' },
  { path: '@anthropic-ai/sdk/client', module: '@anthropic-ai/sdk', checkedAgainst: '@anthropic-ai/sdk@1.12.0 (client.d.ts: export declare class Anthropic)' },
];

/**
 * Runtime modules that are a global object, and the members of that object that are globals of their own. bun-types
 * (oven-sh/bun packages/bun-types, globals.d.ts): `declare var Bun: typeof import("bun")` — the "bun" module is
 * `globalThis.Bun` — and `declare var fetch: typeof import("bun").fetch` with `declare module "bun" { export var fetch:
 * … }`: `import { fetch } from 'bun'` and `Bun.fetch(…)` are the global fetch.
 */
export const runtimeModuleGlobals: Array<{ module: string; global: string; members: string[]; checkedAgainst: string }> = [
  { module: 'bun', global: 'Bun', members: ['fetch'], checkedAgainst: 'bun-types (globals.d.ts: declare var Bun: typeof import("bun"); declare var fetch: typeof import("bun").fetch)' },
];

/** The aliases Nitro and Nuxt both write: `~`/`@` for the source folder, `~~`/`@@` for the root folder. */
const sourceAndRootAliases: Array<{ pattern: string; folder: 'src' | 'root' }> = [
  { pattern: '~/*', folder: 'src' },
  { pattern: '@/*', folder: 'src' },
  { pattern: '~~/*', folder: 'root' },
  { pattern: '@@/*', folder: 'root' },
];

/**
 * Import aliases a framework writes only into the tsconfig it generates at build time (`nitro prepare`, `nuxi prepare`),
 * which the project's tsconfig extends and the repository does not hold (`"extends": "./.nitro/types/tsconfig.json"`).
 * When that base is missing, `~/*` and `@/*` name the source folder and `~~/*` and `@@/*` the root folder — the folder
 * holding the build folder and one of `configFiles`. The source folder is the config's `srcDir` when written as a
 * literal, else the first of `srcDirDefaults` that is a folder with files, else the root folder.
 * Nitro (unjs/nitro src/core/build/types.ts `writeTypes`: paths `~/*`, `@/*` → `alias['~'] || srcDir`, `~~/*`, `@@/*` →
 * rootDir; src/core/config/resolvers/paths.ts: `srcDir = resolve(srcDir || rootDir)`); Nuxt (nuxt/nuxt
 * packages/schema/src/config/common.ts: `alias` `~`/`@` → srcDir, `~~`/`@@` → rootDir; `srcDir` defaults to `app/`
 * when that folder exists and holds files, else rootDir; buildDir `.nuxt`).
 */
export const generatedTsconfigAliases: Array<{
  framework: string;
  buildFolder: string;
  configFiles: string[];
  srcDirDefaults: string[];
  aliases: Array<{ pattern: string; folder: 'src' | 'root' }>;
  checkedAgainst: string;
}> = [
  {
    framework: 'Nitro',
    buildFolder: '.nitro',
    configFiles: ['nitro.config.ts', 'nitro.config.mts', 'nitro.config.js', 'nitro.config.mjs'],
    srcDirDefaults: [],
    aliases: sourceAndRootAliases,
    checkedAgainst: 'unjs/nitro (src/core/build/types.ts writeTypes; src/core/config/resolvers/paths.ts)',
  },
  {
    framework: 'Nuxt',
    buildFolder: '.nuxt',
    configFiles: ['nuxt.config.ts', 'nuxt.config.mts', 'nuxt.config.js', 'nuxt.config.mjs'],
    srcDirDefaults: ['app'],
    aliases: sourceAndRootAliases,
    checkedAgainst: 'nuxt/nuxt (packages/schema/src/config/common.ts: srcDir, alias)',
  },
];
