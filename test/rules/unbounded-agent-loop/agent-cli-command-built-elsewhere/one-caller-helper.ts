// A spawn helper that one call uses: the run it starts is the one that call describes, reported at the spawn.
import { spawn } from 'node:child_process';

function codexInvocation(sandboxed: boolean): { command: string; args: string[] } {
  return sandboxed ? { command: 'codex', args: ['-a', 'never', 'exec', '--sandbox', 'workspace-write'] } : { command: 'codex', args: ['exec', '--full-auto'] };
}

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env }); // expect: unbounded-agent-loop
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

export async function executeTask(prompt: string, sandboxed: boolean) {
  const invocation = codexInvocation(sandboxed);
  await startProcess(invocation.command, [...invocation.args, prompt], process.env);
}

function startFormatter(command: string, args: string[]) {
  return spawn(command, args, { stdio: 'inherit' });
}

export function format(files: string[]) {
  return startFormatter('prettier', ['--write', ...files]);
}
