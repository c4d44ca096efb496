// Not a tool router: a command switch naming two declared tools (tools.ts) among ten commands of its own. Its
// `create_note` posts, but no model picks the command.
async function post(path: string) {
  const response = await fetch(`https://notes.example.com/v1/${path}`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  return response.json();
}

export async function command(name: string): Promise<unknown> {
  switch (name) {
    case 'create_note':
      return post('notes');
    case 'list_notes':
      return 'notes';
    case 'a':
      return 1;
    case 'b':
      return 2;
    case 'c':
      return 3;
    case 'd':
      return 4;
    case 'e':
      return 5;
    case 'f':
      return 6;
    case 'g':
      return 7;
    case 'h':
      return 8;
    default:
      return undefined;
  }
}
