// Retry mechanisms: libraries whose call re-runs a function, and framework steps that retry on their own.
import type { RetryFact } from './types.js';

export const retryLibraries: RetryFact[] = [
  { label: 'p-retry', module: ['p-retry'], export: ['default', 'pRetry'], path: [''], fnArg: 0, checkedAgainst: 'p-retry@7.1.1' },
  { label: 'async-retry', module: ['async-retry'], export: ['default'], path: [''], fnArg: 0, checkedAgainst: 'async-retry@1.3.3' },
  { label: 'exponential-backoff', module: ['exponential-backoff'], export: ['backOff'], path: [''], fnArg: 0, checkedAgainst: 'exponential-backoff@3.1.3' },
  { label: 'retry operation', module: ['retry'], export: ['default', 'operation'], instance: true, path: ['attempt'], fnArg: 0, checkedAgainst: 'retry@0.13' },
  { label: 'cockatiel policy', module: ['cockatiel'], instance: true, path: ['execute'], fnArg: 0, checkedAgainst: 'cockatiel@3.2.1' },
  { label: 'ts-retry-promise', module: ['ts-retry-promise'], export: ['retry', 'retryDecorator'], path: [''], fnArg: 0, checkedAgainst: 'ts-retry-promise@0.8' },
  { label: '@lifeomic/attempt', module: ['@lifeomic/attempt'], export: ['retry'], path: [''], fnArg: 0, checkedAgainst: '@lifeomic/attempt@3' },
];

/** Directives that make a function a retried step (Workflow DevKit: 3 retries by default). */
export const retriedStepDirectives = [{ directive: 'use step', label: "Workflow DevKit 'use step' (3 retries by default)", checkedAgainst: 'workflow@4' }];
