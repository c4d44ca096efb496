// Looks up the text of one line of a source file, reading each file once per output.
export type LineLookup = (file: string, line: number) => string | undefined;

export function lineLookup(readSource: (file: string) => string | undefined): LineLookup {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) cache.set(file, readSource(file)?.split(/\r?\n/));
    return cache.get(file)?.[line - 1];
  };
}
