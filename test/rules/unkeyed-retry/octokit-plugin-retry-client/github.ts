// Octokit classes extended with plugins. @octokit/plugin-retry retries a failed request (any status >= 400 but
// 400/401/403/404/410/422/451) three times, whatever its method, and sends no key.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const RetryingOctokit = Octokit.plugin(throttling, retry);

export const octokit = new RetryingOctokit({ auth: process.env.GITHUB_TOKEN });

/** The same class with the plugin switched off. */
export const quietOctokit = new RetryingOctokit({ auth: process.env.GITHUB_TOKEN, retry: { enabled: false } });

/** Throttling alone retries only rate-limited requests the caller agrees to (not this rule's concern here). */
const ThrottledOctokit = Octokit.plugin(throttling);
export const throttledOctokit = new ThrottledOctokit({ auth: process.env.GITHUB_TOKEN });
