// Posting to a team chat: each helper catches its own failure, logs it and answers null.
const CHAT = 'https://chat.example.com/api/messages';

export async function postNote(channel: string, text: string): Promise<{ id: string } | null> {
  try {
    const res = await fetch(CHAT, { method: 'POST', body: JSON.stringify({ channel, text }), signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`chat ${res.status}`);
    return (await res.json()) as { id: string };
  } catch (error) {
    console.error('postNote failed', error);
    return null;
  }
}

export async function postHeadedNote(channel: string, title: string, text: string): Promise<{ id: string } | null> {
  const body = `*${title}*\n${text.trim()}`;
  const posted = await postNote(channel, body);
  if (posted) {
    try {
      await fetch(`${CHAT}/${posted.id}/pin`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    } catch {
      console.warn('pin failed');
    }
  }
  return posted;
}

export async function postNoteOrThrow(channel: string, text: string): Promise<{ id: string }> {
  const res = await fetch(CHAT, { method: 'POST', body: JSON.stringify({ channel, text }), signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`chat ${res.status}`);
  return (await res.json()) as { id: string };
}

export async function draftText(): Promise<string> {
  try {
    const res = await fetch('https://drafts.example.com/next', { signal: AbortSignal.timeout(5_000) });
    return await res.text();
  } catch {
    return 'no draft today';
  }
}

export async function readNote(id: string): Promise<{ text: string } | null> {
  const res = await fetch(`${CHAT}/${id}`, { signal: AbortSignal.timeout(5_000) });
  return res.ok ? ((await res.json()) as { text: string }) : null;
}
