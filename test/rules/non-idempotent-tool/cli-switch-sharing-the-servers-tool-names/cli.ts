// The package's command line: its commands share the names of the eight tools the server declares (tools.ts) among
// nine commands of its own, but the command comes from the command line, not from a model's tool call — no tool
// router, so creating a note here is clean.
async function createNote(text: string) {
  const response = await fetch('https://notes.example.com/v1/notes', {
    method: 'POST',
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

async function read(path: string) {
  const response = await fetch(`https://notes.example.com/v1/${path}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}

export async function main(): Promise<unknown> {
  const command = process.argv[2];
  const id = process.argv[3] ?? '';
  switch (command) {
    case 'create_note':
      return createNote(id);
    case 'list_notes':
      return read('notes');
    case 'get_note':
      return read('notes/' + id);
    case 'archive_note':
      return read('archive/' + id);
    case 'list_tags':
      return read('tags');
    case 'get_tag':
      return read('tags/' + id);
    case 'list_users':
      return read('users');
    case 'get_user':
      return read('users/' + id);
    case 'help':
      return 'help';
    case 'version':
      return 'version';
    case 'status':
      return 'status';
    case 'reload':
      return 'reload';
    case 'clear':
      return 'clear';
    case 'history':
      return 'history';
    case 'theme':
      return 'theme';
    case 'login':
      return 'login';
    case 'logout':
      return 'logout';
    default:
      return undefined;
  }
}
