// `spawn` imported from 'bun' is `Bun.spawn` (bun-types globals.d.ts: `declare var Bun: typeof import("bun")`), and a
// local list the function pushes its flags onto is the argv as much as a literal one.
import { spawn } from 'bun';

export async function delegate(prompt: string, claudePath = 'claude') {
  const argv = [claudePath];
  argv.push('-p', prompt);
  argv.push('--dangerously-skip-permissions');
  const proc = spawn(argv, { stdout: 'pipe' }); // expect: unbounded-agent-loop
  return new Response(proc.stdout).text();
}
