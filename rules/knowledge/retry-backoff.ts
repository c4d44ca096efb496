// How each retry library spaces and bounds its attempts by default, and the options that change it
// (retry-without-backoff). Each default was read in the installed package's own code.
import type { CallPattern, Checked } from './types.js';

/** How the delay between attempts is computed. */
export type DelaySpec =
  /** initial × factor^attempt, optionally randomised (p-retry, async-retry, retry, exponential-backoff). */
  | { kind: 'exponential'; initialOption: string; initialDefault: number; factorOption: string; factorDefault: number }
  /** An object option holding a backoff strategy instance (cockatiel `backoff: new ExponentialBackoff()`). */
  | { kind: 'strategy'; option: string }
  /** A function option computing the delay (axios-retry `retryDelay`). */
  | { kind: 'function'; option: string };

export interface RetryBackoffFact extends CallPattern, Checked {
  label: string;
  /** Argument holding the options object. */
  optionsArg: number;
  /** The attempt bound: option name, its default, and options that bound the retries otherwise (a total time). */
  attempts: { option: string; default: number; foreverOption?: string; alsoBoundedBy?: string[] };
  delay: DelaySpec;
  /** For `exponential`: the option that randomises the delay, its default, and the values that turn jitter on. */
  jitter?: { option: string; default: string | boolean; on: ReadonlyArray<string | boolean> };
  /** What the library does with no delay options at all, in words (for messages). */
  defaultDelay: string;
}

export const retryBackoffLibraries: RetryBackoffFact[] = [
  {
    // index.js: retries ??= 10, factor ??= 2, minTimeout ??= 1000, randomize ??= false.
    label: 'p-retry', module: ['p-retry'], export: ['default', 'pRetry'], path: [''], optionsArg: 1,
    attempts: { option: 'retries', default: 10, alsoBoundedBy: ['maxRetryTime'] },
    delay: { kind: 'exponential', initialOption: 'minTimeout', initialDefault: 1000, factorOption: 'factor', factorDefault: 2 },
    jitter: { option: 'randomize', default: false, on: [true] },
    defaultDelay: 'exponential backoff from 1 s with `randomize: false`',
    checkedAgainst: 'p-retry@7.1.1',
  },
  {
    // lib/index.js sets `randomize = true` unless given, then hands the options to `retry` (retries 10, factor 2, minTimeout 1000).
    label: 'async-retry', module: ['async-retry'], export: ['default'], path: [''], optionsArg: 1,
    attempts: { option: 'retries', default: 10, foreverOption: 'forever', alsoBoundedBy: ['maxRetryTime'] },
    delay: { kind: 'exponential', initialOption: 'minTimeout', initialDefault: 1000, factorOption: 'factor', factorDefault: 2 },
    jitter: { option: 'randomize', default: true, on: [true] },
    defaultDelay: 'randomised exponential backoff from 1 s',
    checkedAgainst: 'async-retry@1.3.3',
  },
  {
    // lib/retry.js timeouts(): retries 10, factor 2, minTimeout 1000, randomize false; `forever` or retries Infinity retries forever.
    label: 'retry.operation', module: ['retry'], export: ['default', 'operation'], path: ['operation', ''], optionsArg: 0,
    attempts: { option: 'retries', default: 10, foreverOption: 'forever', alsoBoundedBy: ['maxRetryTime'] },
    delay: { kind: 'exponential', initialOption: 'minTimeout', initialDefault: 1000, factorOption: 'factor', factorDefault: 2 },
    jitter: { option: 'randomize', default: false, on: [true] },
    defaultDelay: 'exponential backoff from 1 s with `randomize: false`',
    checkedAgainst: 'retry@0.13.1',
  },
  {
    // dist/options.js: numOfAttempts 10, startingDelay 100, timeMultiple 2, jitter "none" ("full" randomises).
    label: 'exponential-backoff', module: ['exponential-backoff'], export: ['backOff'], path: [''], optionsArg: 1,
    attempts: { option: 'numOfAttempts', default: 10 },
    delay: { kind: 'exponential', initialOption: 'startingDelay', initialDefault: 100, factorOption: 'timeMultiple', factorDefault: 2 },
    jitter: { option: 'jitter', default: 'none', on: ['full'] },
    defaultDelay: "exponential backoff from 100 ms with `jitter: 'none'`",
    checkedAgainst: 'exponential-backoff@3.1.3',
  },
  {
    // dist/Policy.js retry(): backoff || new ConstantBackoff(0), maxAttempts ?? Infinity.
    label: 'cockatiel', module: ['cockatiel'], export: ['retry'], path: [''], optionsArg: 1,
    attempts: { option: 'maxAttempts', default: Infinity },
    delay: { kind: 'strategy', option: 'backoff' },
    defaultDelay: 'no delay (`ConstantBackoff(0)`)',
    checkedAgainst: 'cockatiel@3.2.1',
  },
  {
    // dist/esm/index.js DEFAULT_OPTIONS: retries 3, retryDelay noDelay (waits only for a Retry-After header).
    label: 'axios-retry', module: ['axios-retry'], export: ['default', 'axiosRetry'], path: [''], optionsArg: 1,
    attempts: { option: 'retries', default: 3 },
    delay: { kind: 'function', option: 'retryDelay' },
    defaultDelay: 'no delay (`noDelay`, which waits only when the server sends Retry-After)',
    checkedAgainst: 'axios-retry@4.5.0',
  },
];

/**
 * Backoff strategies by constructor or function name, for `strategy` and `function` delays:
 * what each does to the delay between attempts.
 */
export const backoffStrategies: ReadonlyArray<{ module: string; name: string; delay: 'jittered' | 'backoff' | 'fixed'; note: string; checkedAgainst: string }> = [
  // ExponentialBackoff's default generator is decorrelatedJitterGenerator; `generator: noJitterGenerator` drops the jitter.
  { module: 'cockatiel', name: 'ExponentialBackoff', delay: 'jittered', note: 'decorrelated jitter by default', checkedAgainst: 'cockatiel@3.2.1' },
  { module: 'cockatiel', name: 'ConstantBackoff', delay: 'fixed', note: 'the same interval every time', checkedAgainst: 'cockatiel@3.2.1' },
  { module: 'cockatiel', name: 'IterableBackoff', delay: 'fixed', note: 'a fixed list of intervals, no jitter', checkedAgainst: 'cockatiel@3.2.1' },
  // exponentialDelay adds 0–20 % at random; linearDelay returns retryNumber × factor, no randomness.
  { module: 'axios-retry', name: 'exponentialDelay', delay: 'jittered', note: 'adds 0–20 % at random', checkedAgainst: 'axios-retry@4.5.0' },
  { module: 'axios-retry', name: 'linearDelay', delay: 'backoff', note: 'retryNumber × factor, no randomness', checkedAgainst: 'axios-retry@4.5.0' },
];

/** cockatiel generators that take the jitter out of ExponentialBackoff. */
export const unjitteredGenerators = { module: 'cockatiel', option: 'generator', names: ['noJitterGenerator'], checkedAgainst: 'cockatiel@3.2.1' };

/** Functions that wait (sleep helpers of packages and runtimes); the argument is the delay in ms. */
export const sleepFunctions: ReadonlyArray<{ module: string; export: string; path?: string; delayArg: number; checkedAgainst: string }> = [
  { module: 'node:timers/promises', export: 'setTimeout', delayArg: 0, checkedAgainst: 'node@20' },
  { module: 'timers/promises', export: 'setTimeout', delayArg: 0, checkedAgainst: 'node@20' },
  { module: 'node:timers/promises', export: 'scheduler', path: 'wait', delayArg: 0, checkedAgainst: 'node@20' },
  { module: 'delay', export: 'default', delayArg: 0, checkedAgainst: 'delay@6' },
  { module: 'global', export: 'setTimeout', delayArg: 1, checkedAgainst: 'node@20' },
];
