// Hooks run around every request; the last link calls the function it was given with the request.
import type { ApiRequest } from './http-client.js';

type Hook = (req: ApiRequest, next: () => Promise<unknown>) => Promise<unknown>;

const hooks: Hook[] = [
  async (req, next) => {
    const started = Date.now();
    const res = await next();
    console.error(`${req.method} ${req.path} took ${Date.now() - started} ms`);
    return res;
  },
];

export const withHooks = async (req: ApiRequest, run: (req: ApiRequest) => Promise<unknown>) => {
  let next = async () => run(req);
  for (const hook of hooks) {
    const inner = next;
    next = async () => hook(req, inner);
  }
  return next();
};
