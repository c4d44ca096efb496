// No model or tool code here: a recency list for a file picker, sorted by when each was opened.
const opened: Array<{ path: string; openedAt: number }> = [];

export function open(path: string) {
  opened.push({ path, openedAt: Date.now() });
}

export function recent() {
  return [...opened].sort((a, b) => b.openedAt - a.openedAt).slice(0, 10);
}
