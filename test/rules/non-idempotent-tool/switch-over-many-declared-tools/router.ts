// A router whose switch names eight declared tools (tools.ts) among nine commands of the app's own: fewer than half of
// its cases are tools, but eight declared tools make it a tool router (the declaration files read are bounded, so a
// router over more tools than that shows only so many). Creating a note is reported in its per-tool function; the
// reads and the app's commands are clean.
async function createNote(args: { text: string }) {
  const response = await fetch('https://notes.example.com/v1/notes', { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

async function read(path: string) {
  const response = await fetch(`https://notes.example.com/v1/${path}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}

export async function route(name: string, args: any): Promise<unknown> {
  switch (name) {
    case 'create_note':
      return createNote(args);
    case 'list_notes':
      return read('list_notes/' + String(args.id));
    case 'get_note':
      return read('get_note/' + String(args.id));
    case 'archive_note':
      return read('archive_note/' + String(args.id));
    case 'list_tags':
      return read('list_tags/' + String(args.id));
    case 'get_tag':
      return read('get_tag/' + String(args.id));
    case 'list_users':
      return read('list_users/' + String(args.id));
    case 'get_user':
      return read('get_user/' + String(args.id));
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
      throw new Error(`unknown: ${name}`);
  }
}
