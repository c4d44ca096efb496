#!/usr/bin/env node
// The `agentvet` executable. The compile cache goes in before anything loads the TypeScript compiler
// (compile-cache.ts); the program and its commands come after it (program.ts).
import { installCompileCache } from './compile-cache.js';

installCompileCache();
await import('./program.js');
