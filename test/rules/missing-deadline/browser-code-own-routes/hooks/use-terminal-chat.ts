// A hook of a terminal app (Ink) runs in a Node process, not a page: its request is in scope.
import { useApp } from 'ink';
import { useState } from 'react';

export function useTerminalChat(endpoint: string) {
  const { exit } = useApp();
  const [, setReply] = useState('');
  return async (text: string) => {
    const res = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ text }) }); // expect: missing-deadline
    setReply((await res.json()).text);
    if (text === '/quit') exit();
  };
}
