// A Probot app written in JavaScript: `probot run` loads this default export and calls it with the Probot instance
// (probot src/probot.ts load: `await appFn(this, options)`), so the untyped `app` is a Probot and each listener's
// `context` a Context whose `octokit` retries failed requests (@octokit/plugin-retry, question 64).
import onIssueOpened from './handlers/issue-opened.js';
import labelPullRequest from './handlers/label-pull-request.js';

export default function triageApp(app) {
  app.on('issues.opened', onIssueOpened);
  app.on('pull_request.opened', (context) => labelPullRequest(context, app));
}
