// The same names in a package that does not list probot: a plugin host's own `app` and `context` objects (its
// `octokit` is whatever the host puts there), so nothing here is known as Probot's. Clean.
export default function plugin(app) {
  app.on('ready', async (context) => {
    await context.octokit.issues.createComment({ owner: 'acme', repo: 'site', issue_number: 1, body: 'ready' });
  });
}
