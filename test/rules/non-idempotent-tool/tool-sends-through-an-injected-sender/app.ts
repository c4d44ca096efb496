// Start-up: installs the functions the tools run.
import { setLogger, setSender } from './notify-tool.js';

setSender(async (userId, text) => {
  const res = await fetch('https://chat.example.com/api/messages', { method: 'POST', body: JSON.stringify({ userId, text }), signal: AbortSignal.timeout(10_000) });
  return res.ok;
});

setLogger((line) => console.log(`[operator] ${line}`));
