// Builders of coding-agent command lines, kept apart from the code that starts them.
export interface RunOptions { prompt: string; model?: string; skipPermissions?: boolean }

export function headlessClaudeArgs(options: RunOptions): string[] {
  const args = ['-p', '--output-format', 'stream-json'];
  if (options.model) args.push('--model', options.model);
  if (options.skipPermissions) args.push('--dangerously-skip-permissions');
  args.push(options.prompt);
  return args;
}

export function codexExecArgs(prompt: string): string[] {
  return ['exec', '--full-auto', prompt];
}

/** An interactive session: no headless flag, a person drives it. */
export function interactiveClaudeArgs(model: string): string[] {
  return ['--model', model];
}
