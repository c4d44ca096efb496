// Notes where in user code each HTTP request was made. The interceptor sees requests at the socket,
// long after the call; wrapping fetch and http(s).request/get runs the call inside an async context
// that carries the user call site, which the interceptor's listener then reads. undici's own API
// (request(), stream(), a Client or Pool) is loaded by the program after the preload and cannot be
// wrapped: its requests announce themselves on the `undici:request:create` diagnostics channel,
// synchronously inside the program's call, where the site is noted for the listener to pick up.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { findUserCaller } from '../call-site.js';
import type { Cause, RecorderSession } from '../session.js';

export interface RequestCallSites {
  /** The call of an undici request with this method and URL that has not reached the socket yet. */
  takeDispatched(method: string, url: string): Cause | undefined;
  restore(): void;
}

interface UndiciRequest {
  method?: string;
  origin?: string | URL;
  path?: string;
}

/** Calls noted per method and URL; a request undici never sends (a failed connect) is dropped past this. */
const MAX_DISPATCHED_PER_URL = 64;

type AnyFunction = (...args: unknown[]) => unknown;

export function installRequestCallSites(session: RecorderSession): RequestCallSites {
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

  const dispatched = new Map<string, Cause[]>();
  const onUndiciRequest = function onUndiciRequest(message: unknown) {
    // fetch is undici inside: its call was noted by the wrapper, whose context this runs in.
    if (session.currentCause()?.machinery) return;
    const request = (message as { request?: UndiciRequest }).request;
    const url = undiciUrl(request);
    if (!request?.method || url === null) return;
    const site = findUserCaller(onUndiciRequest)?.site ?? null;
    const key = `${request.method.toUpperCase()} ${url}`;
    const waiting = dispatched.get(key) ?? [];
    if (waiting.length >= MAX_DISPATCHED_PER_URL) waiting.shift();
    waiting.push({ eventId: session.currentParent(), site, call: session.nextCall() });
    dispatched.set(key, waiting);
  };
  subscribe('undici:request:create', onUndiciRequest);

  return {
    takeDispatched(method, url) {
      const key = `${method.toUpperCase()} ${url}`;
      const waiting = dispatched.get(key);
      const cause = waiting?.shift();
      if (waiting?.length === 0) dispatched.delete(key);
      return cause;
    },
    restore() {
      unsubscribe('undici:request:create', onUndiciRequest);
      for (const restore of restorers.reverse()) restore();
      syncBuiltinESMExports();
    },
  };
}

function undiciUrl(request: UndiciRequest | undefined): string | null {
  if (!request?.origin || request.path === undefined) return null;
  try {
    return new URL(request.path, request.origin).href;
  } catch {
    return null;
  }
}
