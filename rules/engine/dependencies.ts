// What a file's findings depend on besides its own text: the other project files whose syntax its analysis
// read, and the project-wide questions it asked (who imports X, which files mention W) with their answers.
// `--cache` re-uses a file's findings only while all of these are unchanged, and the language server
// re-lints the open files that depend on an edited one. Never fewer: every way the engine reaches another
// file goes through ProjectModel, which records it here, and a memoised answer carries the dependencies of
// the computation that made it to every later file that re-uses it.

export interface FileDependencies {
  /** Project files (absolute paths) whose text the analysis read. */
  files: string[];
  /** Project-wide questions asked, each with a digest of the answer it got (e.g. `importers:/a/b.ts` → paths). */
  queries: Record<string, string>;
}

/** One open computation's dependencies; frames nest (a memoised helper inside a file's analysis). */
class Frame {
  readonly files = new Set<string>();
  readonly queries = new Map<string, string>();

  addAll(other: RecordedDependencies): void {
    for (const file of other.files) this.files.add(file);
    for (const [key, answer] of other.queries) this.queries.set(key, answer);
  }
}

/** Dependencies a memoised answer carries, kept with it; empty ones are shared. */
export interface RecordedDependencies {
  readonly files: ReadonlySet<string>;
  readonly queries: ReadonlyMap<string, string>;
}

const NONE: RecordedDependencies = { files: new Set(), queries: new Map() };

export class DependencyRecorder {
  private readonly frames: Frame[] = [];

  /** Runs `analyse` for one file and returns what it depended on (its own file left out). */
  forFile<T>(path: string, analyse: () => T): { value: T; dependencies: FileDependencies } {
    const { value, recorded } = this.capture(analyse);
    const files = [...recorded.files].filter((file) => file !== path).sort();
    const queries = Object.fromEntries([...recorded.queries].sort(([a], [b]) => a.localeCompare(b)));
    return { value, dependencies: { files, queries } };
  }

  /** Runs `compute` in a frame of its own; what it recorded is also added to the enclosing frame. */
  capture<T>(compute: () => T): { value: T; recorded: RecordedDependencies } {
    const frame = new Frame();
    this.frames.push(frame);
    let value: T;
    try {
      value = compute();
    } finally {
      this.frames.pop();
    }
    const recorded = frame.files.size === 0 && frame.queries.size === 0 ? NONE : frame;
    if (recorded !== NONE) this.frames[this.frames.length - 1]?.addAll(recorded);
    return { value, recorded };
  }

  /** A memoised answer re-used: the current computation depends on what made it. */
  replay(recorded: RecordedDependencies): void {
    if (recorded === NONE) return;
    this.frames[this.frames.length - 1]?.addAll(recorded);
  }

  /** The current computation read `path`'s syntax. */
  file(path: string): void {
    this.frames[this.frames.length - 1]?.files.add(path);
  }

  /** The current computation asked a project-wide question and got this answer (digested). */
  query(key: string, answer: string): void {
    this.frames[this.frames.length - 1]?.queries.set(key, answer);
  }
}
