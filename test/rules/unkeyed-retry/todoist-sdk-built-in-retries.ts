// @doist/todoist-sdk (the renamed @doist/todoist-api-typescript) sends every request through its own fetch loop that
// re-sends after a network error or its 30-s timeout, up to 3 times; the request's key is the `requestId` a write
// takes as its second argument. A project or reminder added without one is re-sent unkeyed: a finding. Clean: the
// same writes given a request id made once before the call, a rename of a known section, and a read.
import { TodoistApi } from '@doist/todoist-sdk';

const api = new TodoistApi(process.env.TODOIST_API_TOKEN!);

export async function openProject(name: string) {
  return api.addProject({ name }); // expect: unkeyed-retry
}

export async function remindAt(taskId: string, due: string) {
  const reminder = await api.addReminder({ taskId, due: { date: due } }); // expect: unkeyed-retry
  return reminder.id;
}

export async function openProjectOnce(name: string, operationId: string) {
  return api.addProject({ name }, operationId);
}

export async function renameSection(sectionId: string, name: string) {
  return api.updateSection(sectionId, { name });
}

export async function projectsNow() {
  return api.getProjects();
}
