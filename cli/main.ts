#!/usr/bin/env node
// The `agentvet` executable. Before anything loads the TypeScript compiler: V8's tier-up budget and the
// compile cache (compile-cache.ts); the program and its commands come after them (program.ts).
import { setFlagsFromString } from 'node:v8';
import { installCompileCache } from './compile-cache.js';

// A reader that stops reading (`agentvet lint --help | head`, quitting `less`) closes the pipe; the next write
// fails with EPIPE, which Node reports as an unhandled 'error' event with a stack trace. Nothing is lost that the
// reader wanted, so leave quietly with the exit code the run has so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// A lint is a short run through a lot of code (the compiler's parser, the rules) used for a few seconds: with
// V8's default budget it spends much of that optimising functions it then barely uses. Three times the default
// (135,168) cut a cold lint of vercel/ai's packages from ~9.7 to ~8.5 s of CPU and a warm `--cache` run from
// ~1.25 to ~1.05 s; a 60,000-call file, long enough to profit from optimised code, takes ~3 % longer.
// The setting applies to code compiled after it, so it comes first; AGENTVET_V8_BUDGET=default keeps V8's own.
if (process.env.AGENTVET_V8_BUDGET !== 'default') setFlagsFromString('--interrupt-budget=400000');
installCompileCache();
await import('./program.js');
