// The same writes as todoist-client-built-in-retries.ts, in a project on @doist/todoist-api-typescript 3: that major
// gives every REST POST an X-Request-Id made once per call (dist/restClient.js 3.0.3), which its axios-retry retries
// re-send unchanged — keyed, so clean.
import { TodoistApi } from '@doist/todoist-api-typescript';

const todoist = new TodoistApi(process.env.TODOIST_TOKEN!);

export async function addFollowUp(content: string, projectId: string) {
  return todoist.addTask({ content, projectId });
}

export async function noteOnTask(taskId: string, content: string) {
  return todoist.addComment({ taskId, content });
}
