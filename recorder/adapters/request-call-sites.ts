// Notes where in user code each HTTP request was made. The interceptor sees requests at the socket,
// long after the call; wrapping fetch and http(s).request/get runs the call inside an async context
// that carries the user call site, which the interceptor's listener then reads.
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { findUserCaller } from '../call-site.js';
import type { RecorderSession } from '../session.js';

type AnyFunction = (...args: unknown[]) => unknown;

export function installRequestCallSites(session: RecorderSession): () => void {
  const restorers: Array<() => void> = [];

  const wrap = <T extends object>(owner: T, name: keyof T & string, machinery: boolean) => {
    const original = owner[name] as unknown as AnyFunction;
    if (typeof original !== 'function') return;
    const wrapped = {
      [name](this: unknown, ...args: unknown[]) {
        const site = findUserCaller(wrapped)?.site ?? null;
        const cause = { eventId: session.currentParent(), site, call: session.nextCall(), machinery };
        return session.runWithCause(cause, () => original.apply(this, args));
      },
    }[name] as AnyFunction;
    (owner as Record<string, unknown>)[name] = wrapped;
    restorers.push(() => {
      (owner as Record<string, unknown>)[name] = original;
    });
  };

  wrap(globalThis, 'fetch', true);
  for (const module of [http, https]) {
    wrap(module, 'request', false);
    wrap(module, 'get', false);
  }
  syncBuiltinESMExports();

  return () => {
    for (const restore of restorers.reverse()) restore();
    syncBuiltinESMExports();
  };
}
