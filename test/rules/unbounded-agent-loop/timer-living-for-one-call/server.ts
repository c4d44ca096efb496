// One supervisor per voice call: started when the socket opens, stopped when it closes.
import { WebSocketServer } from 'ws';
import { SupervisorBot } from './session-bots.js';

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws) => {
  const lines: string[] = [];
  const supervisor = new SupervisorBot(() => lines.join('\n'));
  supervisor.start();
  ws.on('message', (data) => lines.push(String(data)));
  ws.on('close', () => {
    supervisor.stop();
  });
});
