// Watches the connection under a recorded exchange (with only the HTTP interceptor applied, a
// request's initiator is the socket that carries it): when it closes, and how an exchange that got
// no response ended — given up by the program's client (its own deadline or abort: the client
// destroys the socket, with an error of its own or none) or failed by the connection (a system
// error such as ECONNRESET, which carries a `syscall`).
export interface ConnectionWatch {
  /** Settles when the connection closes, after the bytes it delivered had their turn to be read. */
  closed: Promise<void>;
  stop(): void;
}

interface WatchableSocket {
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

function asSocket(initiator: unknown): WatchableSocket | null {
  const socket = initiator as Partial<WatchableSocket> | null;
  return typeof socket?.once === 'function' && typeof socket.removeListener === 'function' ? (socket as WatchableSocket) : null;
}

export function watchConnection(initiator: unknown): ConnectionWatch {
  const socket = asSocket(initiator);
  if (socket === null) return { closed: new Promise<void>(() => undefined), stop: () => undefined };
  let onClose: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    onClose = () => setImmediate(resolve);
  });
  socket.once('close', onClose);
  return { closed, stop: () => socket.removeListener('close', onClose) };
}

export interface UnansweredEnd {
  endedBy: 'program' | 'connection';
  error: string;
}

export interface NoResponseWatch {
  /** Settles if the connection closes before a response head arrived. */
  ended: Promise<UnansweredEnd>;
  /** The response arrived: stop watching. */
  answered(): void;
}

export function watchForNoResponse(initiator: unknown): NoResponseWatch {
  const socket = asSocket(initiator);
  if (socket === null) return { ended: new Promise(() => undefined), answered: () => undefined };
  let firstError: (Error & { code?: string; syscall?: string }) | null = null;
  let settle: (end: UnansweredEnd) => void = () => undefined;
  const ended = new Promise<UnansweredEnd>((resolve) => (settle = resolve));
  const onError = (error: unknown) => {
    firstError ??= error instanceof Error ? error : new Error(String(error));
  };
  const onClose = () => {
    stop();
    if (firstError?.syscall) {
      settle({ endedBy: 'connection', error: `the connection failed before any response (${firstError.code ?? firstError.message})` });
    } else {
      const detail = firstError ? ` (${firstError.message})` : '';
      settle({ endedBy: 'program', error: `the program gave up on the request before any response${detail}` });
    }
  };
  const stop = () => {
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
  };
  socket.once('error', onError);
  socket.once('close', onClose);
  return { ended, answered: stop };
}
