// SDK built-in retries (README question 10): @onkernel/sdk is Stainless-generated — `maxRetries ?? 2`, timeouts retried,
// no idempotency header (kernel/kernel-node-sdk src/client.ts). A browser started, a login flow begun, a pooled browser
// leased or a recording started through the client is sent again after a lost response. Clean: the client or the request
// with `maxRetries: 0` (also from a project helper that returns the request options), a connection per profile and domain
// (the server answers a repeat 409), a credential or a profile under its unique name, a form submit, and reads.
import { Kernel } from '@onkernel/sdk';

const kernel = new Kernel({ apiKey: process.env.KERNEL_API_KEY });
const quietKernel = new Kernel({ apiKey: process.env.KERNEL_API_KEY, maxRetries: 0 });

function scriptRequestOptions(budgetSeconds: number) {
  return { timeout: budgetSeconds * 1000 + 30_000, maxRetries: 0 };
}

export async function openSession(profile: string) {
  const browser = await kernel.browsers.create({ profile: { name: profile } }); // expect: unkeyed-retry
  await kernel.browsers.replays.start(browser.session_id); // expect: unkeyed-retry
  await quietKernel.browsers.create({ profile: { name: profile } });
  await kernel.browsers.playwright.execute(browser.session_id, { code: 'await page.goto("https://example.com")' }, scriptRequestOptions(60));
  await kernel.browsers.process.exec(browser.session_id, { command: 'ls' }, { maxRetries: 0 });
  return kernel.browsers.retrieve(browser.session_id);
}

export async function signIn(domain: string, profile: string, connectionId: string, code: string) {
  await kernel.auth.connections.create({ domain, profile_name: profile });
  await kernel.credentials.create({ domain, name: `${profile}-login`, values: { code } });
  await kernel.profiles.create({ name: profile });
  await kernel.profiles.create({}); // expect: unkeyed-retry
  await kernel.auth.connections.login(connectionId); // expect: unkeyed-retry
  await kernel.auth.connections.submit(connectionId, { fields: { code } });
  return kernel.browserPools.acquire('checkout-pool', {}); // expect: unkeyed-retry
}
