// Settled question 7 reads a catch that makes the call its try made as a second attempt, reported once at the catch's
// call whatever number of writes that call reaches (a helper that posts and then records: one finding, both writes
// named). Clean: the same fallback written twice — in the try, taken when a step came back empty and then leaving
// (`if (!taskId) { … post(); return }`), or in a nested catch — and in the catch, taken when the step threw: the post
// runs once on either way out, it is not re-attempted after it failed.
import { Resend } from 'resend';
import { Octokit } from '@octokit/rest';

const resend = new Resend(process.env.RESEND_API_KEY);
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

async function publish(issue: number, text: string) {
  await octokit.rest.issues.createComment({ owner: 'acme', repo: 'site', issue_number: issue, body: text });
  await resend.emails.send({ from: 'bot@acme.dev', to: 'team@acme.dev', subject: 'published', text });
}

async function requestReview(text: string): Promise<string | undefined> {
  const response = await fetch('https://review.acme.dev/tasks', { method: 'POST', body: text, signal: AbortSignal.timeout(5_000) });
  return response.ok ? ((await response.json()) as { id: string }).id : undefined;
}

export async function publishNow(issue: number, text: string) {
  try {
    await publish(issue, text);
  } catch (error) {
    console.error('publishing failed, trying again', error);
    await publish(issue, text); // expect: unkeyed-retry
  }
}

export async function publishAfterReview(issue: number, text: string, postDirectly: boolean) {
  try {
    let taskId: string | undefined;
    try {
      taskId = await requestReview(text);
      if (!taskId) {
        console.error('the review service gave no task');
        if (postDirectly) {
          await publish(issue, text);
          return 'published';
        }
        return null;
      }
      return taskId;
    } catch (reviewError) {
      console.error('review failed', reviewError);
      if (postDirectly) {
        await publish(issue, text);
        return 'published';
      }
      return null;
    }
  } catch (error) {
    console.error('review process failed', error);
    if (postDirectly) {
      await publish(issue, text);
      return 'published';
    }
    return null;
  }
}
