/** Runs git in a checkout with the arguments it is handed; Bun passes each element of the list as one word. */
export async function gitIn(dir: string, args: string[]): Promise<string> {
  const result = await Bun.$`git -C ${dir} ${args}`.nothrow().quiet();
  return result.stdout.toString();
}
