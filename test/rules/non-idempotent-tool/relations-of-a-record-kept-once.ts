// A community forum's MCP server over its REST API. A vote, an emoji reaction, a follower, a watcher or a tag put on
// one post (named right after the post's id) is a relation the post keeps once per user: a repeat finds it there and
// adds nothing (test/corpus/README.md question 27). A comment is a new record each call, a reaction toggle undoes
// itself on a repeat (question 71), a participant is a record with its own id, and a label defined under a board's id
// is a new label: those stay findings.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const FORUM = 'https://forum.example.org/api';
const server = new McpServer({ name: 'forum', version: '1.0.0' });

async function forumPost(path: string, body?: unknown) {
  const res = await fetch(`${FORUM}${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

server.tool('upvote_post', { postId: z.string() }, async ({ postId }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${postId}/upvote`)) }] };
});

server.tool('react_to_post', { postId: z.string(), emoji: z.string() }, async ({ postId, emoji }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${encodeURIComponent(postId)}/reactions`, { emoji })) }] };
});

server.tool('follow_thread', { threadId: z.string(), userId: z.string() }, async ({ threadId, userId }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/threads/${threadId}/followers`, { user_id: userId })) }] };
});

server.tool('watch_topic', { topicId: z.string() }, async ({ topicId }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/topics/${topicId}/watchers`)) }] };
});

server.tool('tag_post', { postId: z.string(), tags: z.array(z.string()) }, async ({ postId, tags }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${postId}/tags.json`, { tags })) }] };
});

server.tool('comment_on_post', { postId: z.string(), text: z.string() }, async ({ postId, text }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${postId}/comments`, { text })) }] }; // expect: non-idempotent-tool
});

server.tool('toggle_reaction', { postId: z.string(), emoji: z.string() }, async ({ postId, emoji }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${postId}/reactions/toggle`, { emoji })) }] }; // expect: non-idempotent-tool
});

server.tool('add_participant', { eventId: z.string(), personId: z.string() }, async ({ eventId, personId }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/events/${eventId}/participants`, { person_id: personId })) }] }; // expect: non-idempotent-tool
});

server.tool('create_board_label', { boardId: z.string(), name: z.string() }, async ({ boardId, name }) => {
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/boards/${boardId}/labels`, { name })) }] }; // expect: non-idempotent-tool
});

server.tool('react_anywhere', { emoji: z.string(), postId: z.string() }, async ({ emoji, postId }) => {
  // A reaction sent to the collection with the post in the body: not a URL this reading can tie to one record.
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost('/reactions', { emoji, post_id: postId })) }] }; // expect: non-idempotent-tool
});

server.tool('raise_priority', { postId: z.string() }, async ({ postId }) => {
  // The label is swapped for the next one up from what was read: a step a repeat takes again (question 71).
  const post = (await (await fetch(`${FORUM}/posts/${postId}`, { signal: AbortSignal.timeout(10_000) })).json()) as { priority: number };
  await fetch(`${FORUM}/posts/${postId}/labels/${post.priority}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(await forumPost(`/posts/${postId}/labels`, { labels: [post.priority + 1] })) }] }; // expect: non-idempotent-tool
});
