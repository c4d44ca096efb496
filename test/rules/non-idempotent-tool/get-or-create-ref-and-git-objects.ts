// A commit tool over GitHub's git database API (fetch). The branch ref is looked up first and created only when
// the GET finds nothing (`if (ref.ok) return …`: a get-or-create, a dedupe), blobs and trees are content-addressed
// (the same content gives the same sha: a repeat creates nothing new), and moving the ref sets it to a given sha
// (low confidence). The commit object is new on every run: reported. A precondition (`if (!repo.ok) return`) is
// not a dedupe, and neither is the `ok` of a POST.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const API = 'https://api.github.com';
const server = new McpServer({ name: 'git-ops', version: '1.0.0' });
const headers = { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` };
const limit = () => AbortSignal.timeout(15_000);

async function getOrCreateBranch(repo: string, branch: string, baseSha: string): Promise<string> {
  const ref = await fetch(`${API}/repos/${repo}/git/refs/heads/${branch}`, { headers, signal: limit() });
  if (ref.ok) {
    const found = (await ref.json()) as { object: { sha: string } };
    return found.object.sha;
  }
  const created = await fetch(`${API}/repos/${repo}/git/refs`, {
    method: 'POST', headers, body: JSON.stringify({ ref: `refs/heads/${branch}`, sha: baseSha }), signal: limit(),
  });
  return ((await created.json()) as { object: { sha: string } }).object.sha;
}

server.tool('commit_file', 'Commit one file to a branch', { repo: z.string(), branch: z.string(), path: z.string(), content: z.string(), base: z.string() },
  async ({ repo, branch, path, content, base }) => {
    const parent = await getOrCreateBranch(repo, branch, base);
    const blob = await fetch(`${API}/repos/${repo}/git/blobs`, { method: 'POST', headers, body: JSON.stringify({ content, encoding: 'utf-8' }), signal: limit() });
    const { sha: blobSha } = (await blob.json()) as { sha: string };
    const tree = await fetch(`${API}/repos/${repo}/git/trees`, {
      method: 'POST', headers, body: JSON.stringify({ base_tree: parent, tree: [{ path, mode: '100644', type: 'blob', sha: blobSha }] }), signal: limit(),
    });
    const { sha: treeSha } = (await tree.json()) as { sha: string };
    const commit = await fetch(`${API}/repos/${repo}/git/commits`, { // expect: non-idempotent-tool
      method: 'POST', headers, body: JSON.stringify({ message: `Update ${path}`, tree: treeSha, parents: [parent] }), signal: limit(),
    });
    const { sha } = (await commit.json()) as { sha: string };
    await fetch(`${API}/repos/${repo}/git/refs/heads/${branch}`, { method: 'PATCH', headers, body: JSON.stringify({ sha }), signal: limit() }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: sha }] };
  });

server.tool('open_issue', 'Open an issue when the repository exists', { repo: z.string(), title: z.string() }, async ({ repo, title }) => {
  const found = await fetch(`${API}/repos/${repo}`, { headers, signal: limit() });
  if (!found.ok) return { content: [{ type: 'text', text: 'no such repository' }] };
  const first = await fetch(`${API}/repos/${repo}/issues`, { method: 'POST', headers, body: JSON.stringify({ title }), signal: limit() }); // expect: non-idempotent-tool
  if (first.ok) return { content: [{ type: 'text', text: 'opened' }] };
  await fetch(`${API}/repos/${repo}/issues`, { method: 'POST', headers, body: JSON.stringify({ title: `${title} (again)` }), signal: limit() }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'opened on second try' }] };
});
