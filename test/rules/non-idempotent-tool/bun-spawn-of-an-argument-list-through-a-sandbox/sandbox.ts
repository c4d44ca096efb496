// The sandbox runners a tool runs commands through. `collectOutput` hands Bun.spawn the argument list it is given, whole;
// what it runs is whatever list its callers build: the pass-through runner's `['sh', '-c', command]` runs the command,
// the disk-usage helper's fixed `['du', '-sh', dir]` runs du.
export interface RunOptions {
  command: string;
  cwd: string;
  timeoutMs: number;
}

export interface CommandRunner {
  run(options: RunOptions): Promise<{ stdout: string; exitCode: number }>;
}

export async function collectOutput(argv: string[], options: { cwd: string; timeoutMs: number }) {
  const child = Bun.spawn({ cmd: argv, cwd: options.cwd, stdout: 'pipe', stderr: 'pipe' });
  const timer = setTimeout(() => child.kill(), options.timeoutMs);
  try {
    const stdout = await new Response(child.stdout).text();
    return { stdout, exitCode: await child.exited };
  } finally {
    clearTimeout(timer);
  }
}

export class DirectRunner implements CommandRunner {
  async run(options: RunOptions) {
    return collectOutput(['sh', '-c', options.command], options);
  }
}

export function diskUsage(dir: string) {
  return collectOutput(['du', '-sh', dir], { cwd: dir, timeoutMs: 10_000 });
}
