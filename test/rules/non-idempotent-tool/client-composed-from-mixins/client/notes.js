// Note methods, added to whatever client class it is given.
export function NotesMixin(Base) {
  return class extends Base {
    async createNote(data) {
      return this.request('POST', '/notes', data);
    }

    async listNotes() {
      return this.request('GET', '/notes');
    }
  };
}
