// Test scaffolding (a file with `test` as a word in its name): polling an assertion with a fixed
// interval is how tests wait, not load on a shared service — clean.
export async function waitFor(assertion: () => Promise<void>, timeout = 2_000, interval = 50) {
  const started = Date.now();
  while (true) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() - started > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}
