// Deno starts a process with `new Deno.Command(program, { args })` and its `.spawn()`, `.output()` or `.outputSync()`:
// a headless Claude Code run started so has no turn bound unless `--max-turns` is among its arguments (questions 58,
// 76, 89) — reported at the call that starts it. Near-misses: a run given a `signal` that a timer aborts, an
// interactive session, and the bounded run in bounded.ts (a file whose strings hold `--max-turns` is quiet).
declare const Deno: {
  Command: new (program: string, options?: { args?: string[]; cwd?: string; signal?: AbortSignal; stdin?: string; stdout?: string }) => {
    spawn(): { stdin: WritableStream<Uint8Array>; status: Promise<{ code: number }> };
    output(): Promise<{ code: number; stdout: Uint8Array }>;
  };
};

export async function planFeature(spec: string, cwd: string) {
  const args = ['-p', '--dangerously-skip-permissions', '--output-format', 'json'];
  const command = new Deno.Command('claude', { args, cwd, stdin: 'piped', stdout: 'piped' });
  const child = command.spawn(); // expect: unbounded-agent-loop
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(spec));
  await writer.close();
  return (await child.status).code;
}

export async function reviewBranch(branch: string) {
  const { stdout } = await new Deno.Command('claude', { args: ['--print', `Review the changes on ${branch}`] }).output(); // expect: unbounded-agent-loop
  return new TextDecoder().decode(stdout);
}

export async function triageWithDeadline(issue: string) {
  const { stdout } = await new Deno.Command('claude', { args: ['-p', issue], signal: AbortSignal.timeout(10 * 60_000) }).output();
  return new TextDecoder().decode(stdout);
}

export function pairProgram(cwd: string) {
  return new Deno.Command('claude', { args: ['--continue'], cwd }).spawn();
}
