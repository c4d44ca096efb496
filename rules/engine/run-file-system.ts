// The file system ts-morph reads through: the real one, except that a file of the run is read from the
// run's own copy of its text (the one the prefilter, the cache's hashes and an editor's buffer hold).
// Why: ts-morph's createSourceFile(path, text, { overwrite: true }) on a file that exists on disk first
// reads and parses the disk copy, then parses the given text again — every analysed file was parsed twice
// (≈ half of all parsing in a cold lint). Reading through this host, addSourceFileAtPath parses it once.
import { Project, type FileSystemHost } from 'ts-morph';

const hosts = new WeakSet<FileSystemHost>();

/** A file system that answers `readFileSync` from `textOf` where it knows the file, and from the disk otherwise. */
export function runFileSystem(textOf: (path: string) => string | undefined): FileSystemHost {
  const real = new Project({ skipLoadingLibFiles: true }).getFileSystem();
  const readFileSync = (path: string, encoding?: string): string => textOf(path) ?? real.readFileSync(path, encoding);
  const host = new Proxy(real, {
    get(target, property) {
      if (property === 'readFileSync') return readFileSync;
      const value = Reflect.get(target, property, target) as unknown;
      // RealFileSystemHost's methods use private fields: they must run on the real object.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  hosts.add(host);
  return host;
}

/** Whether a project reads its files through `runFileSystem` (so adding a file by path reads the run's text). */
export function readsRunTexts(project: Project): boolean {
  return hosts.has(project.getFileSystem());
}
