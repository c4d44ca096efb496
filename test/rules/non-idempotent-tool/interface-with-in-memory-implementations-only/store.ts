// Near-miss: an interface whose implementations (one named in `implements`, one stored as the interface by shape) all
// keep notes in memory. A tool written against the interface reaches no write whichever one it is handed.
export interface NoteStore {
  add(text: string): Promise<number>;
}

export class ArrayNoteStore implements NoteStore {
  private readonly notes: string[] = [];
  async add(text: string) {
    return this.notes.push(text);
  }
}

export class MapNoteStore {
  private readonly notes = new Map<number, string>();
  async add(text: string) {
    this.notes.set(this.notes.size, text);
    return this.notes.size;
  }
}

export const defaultStore: NoteStore = process.env.MAP_STORE ? new MapNoteStore() : new ArrayNoteStore();
