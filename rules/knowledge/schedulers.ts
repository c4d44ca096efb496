// Schedulers that run a function again and again on a clock, like `setInterval`: an agent run handed to one is an
// autonomous loop on a timer (test/corpus/README.md questions 22 and 58), reported at the schedule call.
import type { TimerSchedulerFact } from './types.js';

export const timerSchedulers: TimerSchedulerFact[] = [
  // node-cron (src/node-cron.ts): schedule(expression, func, options) runs `func` on every tick until stopped.
  { label: 'node-cron schedule', module: ['node-cron'], export: ['default', 'schedule'], path: ['schedule', ''], checkedAgainst: 'node-cron@3 (src/node-cron.js schedule)' },
  // node-schedule (lib/schedule.js): scheduleJob([name,] rule, method) runs `method` on every occurrence of the rule.
  { label: 'node-schedule scheduleJob', module: ['node-schedule'], export: ['default', 'scheduleJob'], path: ['scheduleJob', ''], checkedAgainst: 'node-schedule@2 (lib/schedule.js scheduleJob)' },
  // croner (src/croner.ts): `new Cron(pattern, [options], func)` starts at once when given `func` and runs it on every
  // match of the pattern until stopped (`maxRuns` bounds it; without a function nothing is scheduled).
  { label: 'croner Cron', module: ['croner'], export: ['Cron', 'default'], path: [], construct: true, checkedAgainst: 'croner@9 (src/croner.ts Cron constructor)' },
  // cron (src/job.ts): `new CronJob(cronTime, onTick, onComplete, start)` runs `onTick` on every tick once started.
  { label: 'cron CronJob', module: ['cron'], export: ['CronJob'], path: [], construct: true, checkedAgainst: 'cron@3 (lib/job.js CronJob constructor)' },
];
