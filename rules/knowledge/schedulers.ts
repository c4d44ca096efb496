// Schedulers that run a function again and again on a clock, like `setInterval`: an agent run handed to one is an
// autonomous loop on a timer (test/corpus/README.md questions 22 and 58), reported at the schedule call.
import type { OsSchedulerFact, TimerSchedulerFact } from './types.js';

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

/**
 * The operating system's schedulers, installed by running their command (`execa('launchctl', ['load', plist])`,
 * `exec('crontab -', { input })`, `schtasks /Create … /TR "<command>" /SC DAILY`): the job they install runs its command
 * on every firing until someone removes it — a timer the code arms outside the process (test/corpus/README.md questions
 * 58, 116, 154). `installs`: the words after the program that install a job (none: every use but `except`'s words);
 * `recurring`: words the job's text must hold to fire more than once (a launchd plist with no interval runs once at load);
 * `once`: words that make the job one-shot.
 */
export const osSchedulers: OsSchedulerFact[] = [
  { label: 'a launchd job (`launchctl load`)', program: 'launchctl', installs: ['load', 'bootstrap'], recurring: ['StartInterval', 'StartCalendarInterval'],
    checkedAgainst: 'launchctl(1) and launchd.plist(5), macOS 14 (load/bootstrap a job from a plist; StartInterval and StartCalendarInterval run it again on a clock)' },
  { label: 'a crontab (`crontab`)', program: 'crontab', except: ['-l', '-r', '-e', '-i', '-V', '-T'],
    checkedAgainst: 'crontab(1), cronie 1.7 (`crontab file` or `crontab -` installs the table; -l lists, -r removes, -e edits, -T tests)' },
  { label: 'a Windows scheduled task (`schtasks /Create`)', program: 'schtasks', installs: ['/create', '-create'], once: ['ONCE'],
    checkedAgainst: 'schtasks /Create, Windows Server 2022 docs (/TR runs the command on each /SC MINUTE|HOURLY|DAILY|WEEKLY|MONTHLY|ONSTART|ONLOGON|ONIDLE trigger; /SC ONCE runs it once)' },
];
