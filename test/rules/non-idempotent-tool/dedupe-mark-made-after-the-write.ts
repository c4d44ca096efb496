// A dedupe protects a write only when its mark is made whatever the write's outcome (README question 91): a mark recorded
// only after the write returns — a ring of recent bodies, a "seen" key, a credentials file written once the
// registration answers — is skipped when the write lands but its answer is lost, and the repeat writes again. A mark
// made before the write or in a `finally`, and a lookup of the record the write itself makes (asked of the forum, and
// awaited), still dedupe, whatever the code records after the write.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tool } from 'ai';
import { z } from 'zod';

const FORUM = 'https://forum.example.com/api';
const TOKEN_FILE = './forum-token.json';

class RecentBodies {
  private bodies: string[] = [];
  findDuplicate(text: string): string | undefined { return this.bodies.find((b) => b === text); }
  record(text: string): void { this.bodies = [...this.bodies.slice(-19), text]; }
}
const recent = new RecentBodies();
const sentKeys = new Map<string, number>();
const isDuplicate = (key: string) => (sentKeys.get(key) ?? 0) > Date.now() - 120_000;
const markDedup = (key: string) => { sentKeys.set(key, Date.now()); };
const projects = new Map<string, string>();

async function post(path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${FORUM}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return (await res.json()) as { id: string };
}
async function hasRepliedTo(postId: string): Promise<boolean> {
  const res = await fetch(`${FORUM}/posts/${postId}/replies?mine=1`, { signal: AbortSignal.timeout(10_000) });
  return ((await res.json()) as unknown[]).length > 0;
}
async function listTags(postId: string): Promise<string[]> {
  const res = await fetch(`${FORUM}/posts/${postId}/tags`, { signal: AbortSignal.timeout(10_000) });
  return (await res.json()) as string[];
}
const repliedTo = new Set<string>();
const markReplied = (postId: string) => { repliedTo.add(postId); };
async function findProject(name: string): Promise<{ id: string } | undefined> {
  const res = await fetch(`${FORUM}/projects?name=${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(10_000) });
  return ((await res.json()) as Array<{ id: string }>)[0];
}

export const forumTools = {
  comment: tool({
    description: 'Comment on a thread',
    inputSchema: z.object({ thread: z.string(), text: z.string() }),
    execute: async ({ thread, text }) => {
      if (recent.findDuplicate(text)) return 'skipped: a recent comment says the same';
      const created = await post(`/threads/${thread}/comments`, { text }); // expect: non-idempotent-tool
      recent.record(text);
      return created.id;
    },
  }),
  startThread: tool({
    description: 'Start a thread',
    inputSchema: z.object({ board: z.string(), title: z.string() }),
    execute: async ({ board, title }) => {
      const key = `${board}:${title}`;
      if (isDuplicate(key)) return 'skipped: started the same thread a moment ago';
      const created = await post(`/boards/${board}/threads`, { title }); // expect: non-idempotent-tool
      markDedup(key);
      return created.id;
    },
  }),
  register: tool({
    description: 'Register this agent on the forum',
    inputSchema: z.object({ handle: z.string() }),
    execute: async ({ handle }) => {
      if (existsSync(TOKEN_FILE)) {
        const saved = JSON.parse(readFileSync(TOKEN_FILE, 'utf8')) as { token?: string };
        if (saved.token) return 'already registered';
      }
      const account = await post('/agents', { handle }); // expect: non-idempotent-tool
      writeFileSync(TOKEN_FILE, JSON.stringify({ token: account.id }));
      return 'registered';
    },
  }),
  react: tool({
    description: 'React to a post',
    inputSchema: z.object({ postId: z.string(), emoji: z.string() }),
    execute: async ({ postId, emoji }) => {
      const key = `${postId}:${emoji}`;
      if (isDuplicate(key)) return 'skipped: already reacted';
      markDedup(key);
      await post(`/posts/${postId}/reactions`, { emoji });
      return 'reacted';
    },
  }),
  flag: tool({
    description: 'Flag a post for moderators',
    inputSchema: z.object({ postId: z.string(), reason: z.string() }),
    execute: async ({ postId, reason }) => {
      const key = `flag:${postId}`;
      if (isDuplicate(key)) return 'skipped: already flagged';
      try {
        await post(`/posts/${postId}/flags`, { reason });
      } finally {
        markDedup(key);
      }
      return 'flagged';
    },
  }),
  replyOnce: tool({
    description: 'Reply to a post, once',
    inputSchema: z.object({ postId: z.string(), text: z.string() }),
    execute: async ({ postId, text }) => {
      const already = await hasRepliedTo(postId);
      if (already) return 'already replied to this post';
      const created = await post(`/posts/${postId}/replies`, { text });
      markReplied(postId);
      return created.id;
    },
  }),
  tagPost: tool({
    description: 'Tag a post',
    inputSchema: z.object({ postId: z.string(), tag: z.string() }),
    execute: async ({ postId, tag }) => {
      const tags = await listTags(postId);
      if (tags.some((t) => t === tag)) return 'already tagged';
      await post(`/posts/${postId}/tags`, { tag });
      tags.push(tag);
      return tags;
    },
  }),
  openProject: tool({
    description: 'Open a project board, or return the one with that name',
    inputSchema: z.object({ name: z.string() }),
    execute: async ({ name }) => {
      const existing = await findProject(name);
      if (existing) return existing.id;
      const created = await post('/projects', { name });
      projects.set(name, created.id);
      return created.id;
    },
  }),
};
