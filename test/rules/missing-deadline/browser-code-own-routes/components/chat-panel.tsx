'use client';
// A client component: its requests to the app's own routes are bounded by the page and the person using it.
// A request it makes to another origin is still in scope.
import { useState } from 'react';

export function ChatPanel({ threadId }: { threadId: string }) {
  const [reply, setReply] = useState('');
  async function send(text: string) {
    const res = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ threadId, text }) });
    setReply((await res.json()).text);
    await fetch(`/api/threads/${threadId}/read`, { method: 'POST' });
    const weather = await fetch(`https://api.weather.example.com/v1/now?city=${encodeURIComponent(text)}`); // expect: missing-deadline
    return weather.json();
  }
  return <button onClick={() => send('hello')}>{reply || 'Send'}</button>;
}
