// The same Deno start with `--max-turns` among the arguments: bounded, clean.
declare const Deno: {
  Command: new (program: string, options?: { args?: string[] }) => { output(): Promise<{ code: number; stdout: Uint8Array }> };
};

export async function summariseRepo() {
  const { stdout } = await new Deno.Command('claude', { args: ['-p', 'Summarise this repository', '--max-turns', '12'] }).output();
  return new TextDecoder().decode(stdout);
}
