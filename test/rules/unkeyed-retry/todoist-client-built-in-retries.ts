// @doist/todoist-api-typescript 5.9.0 sends every request through axios-retry (3 retries after an error with no
// response, POST included) and, on its REST API, adds an X-Request-Id only when the caller passes `requestId`
// (the second argument of each write). A task or comment added without one is re-sent unkeyed: a finding. Clean: a
// write given a request id made before the call, an update and a close of a known task, and reads.
import { TodoistApi } from '@doist/todoist-api-typescript';
import { randomUUID } from 'node:crypto';

const todoist = new TodoistApi(process.env.TODOIST_TOKEN!);

export async function addFollowUp(content: string, projectId: string) {
  return todoist.addTask({ content, projectId }); // expect: unkeyed-retry
}

export async function noteOnTask(taskId: string, content: string) {
  return todoist.addComment({ taskId, content }); // expect: unkeyed-retry
}

export async function addFollowUpOnce(content: string, projectId: string, toolCallId: string) {
  return todoist.addTask({ content, projectId }, toolCallId);
}

export async function addReminderTask(content: string) {
  const requestId = randomUUID();
  return todoist.addTask({ content }, requestId);
}

export async function renameTask(taskId: string, content: string) {
  return todoist.updateTask(taskId, { content });
}

export async function tasksOf(projectId: string) {
  return todoist.getTasks({ projectId });
}
