// Keeps traffic from escaping in silence. Every TCP connection in the process passes the socket
// interceptor; a connection it would hand to the real network (not HTTP, or opened and never used)
// is refused under replay, so replay never opens a socket, and is announced once while recording
// when it carries another protocol, which the recording cannot hold.
import { Interceptor } from '@mswjs/interceptors';
import { SocketInterceptor } from '@mswjs/interceptors/net';
import { METHODS } from 'node:http';
import { Socket } from 'node:net';
import type { RecorderSession } from '../session.js';

type SocketConnectionListener = Parameters<SocketInterceptor['on']>[1];
type SocketConnection = Parameters<SocketConnectionListener>[0];

export function installSocketGuard(session: RecorderSession): () => void {
  const sockets = Interceptor.singleton(SocketInterceptor);
  const owner = {};
  sockets.apply(owner);
  const announced = new Set<string>();
  const announce = (message: string) => {
    if (announced.has(message)) return;
    announced.add(message);
    process.stderr.write(`${message}\n`);
  };

  const onConnection = ({ socket, connectionOptions, controller }: SocketConnection) => {
    let firstBytes: Buffer | null = null;
    socket.once('data', (chunk: Buffer) => {
      firstBytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    });
    const target = `${connectionOptions.host ?? 'localhost'}:${String(connectionOptions.port ?? '')}`;
    const passthrough = controller.passthrough.bind(controller) as (...args: unknown[]) => unknown;
    let realSocket: Socket | null = null;
    (controller as { passthrough: (...args: unknown[]) => unknown }).passthrough = (...args: unknown[]) => {
      const otherProtocol = firstBytes !== null && !startsWithHttpMethod(firstBytes);
      // A replay asked to go live lets the HTTP requests it did not answer through (the listener
      // decided), and everything once the whole process is live.
      const liveAllowed = session.leftRecording === 'live' || (!otherProtocol && firstBytes !== null && session.liveRequestsAllowed);
      if (session.mode === 'replay' && !liveAllowed) {
        if (otherProtocol) announce(`agentvet replay: refused a non-HTTP connection to ${target}; the recording holds only HTTP`);
        socket.destroy(Object.assign(new Error(`connect ECONNREFUSED ${target} (agentvet replay opens no sockets)`), { code: 'ECONNREFUSED' }));
        return undefined;
      }
      if (otherProtocol) announce(`agentvet: a non-HTTP connection to ${target} is not recorded; replay will refuse it`);
      // The interceptor replays a request it held onto the kept-alive connection one piece per write;
      // corked, the pieces leave in one writev as the client wrote them, not one system call each.
      const reused = realSocket !== null && !realSocket.destroyed && !realSocket.connecting ? realSocket : null;
      reused?.cork();
      try {
        const result = passthrough(...args);
        if (result instanceof Socket) realSocket = result;
        return result;
      } finally {
        if (reused) process.nextTick(() => reused.uncork());
      }
    };
  };
  sockets.on('connection', onConnection as SocketConnectionListener);

  return () => {
    sockets.removeListener('connection', onConnection as SocketConnectionListener);
    sockets.dispose(owner);
  };
}

function startsWithHttpMethod(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 16).toString('latin1');
  const method = head.slice(0, head.indexOf(' '));
  return METHODS.includes(method.toUpperCase());
}
