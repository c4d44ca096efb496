// The router: a switch on the tool name its caller passes (router/index.ts, from the CallToolRequest in server.ts).
import { handleInviteToProject, handleListInvitations } from '../handlers/invitations.js';

export async function handleToolCall(toolName: string, args: unknown): Promise<string | null> {
  switch (toolName) {
    case 'project_invite':
      return await handleInviteToProject(args as { projectId: string; email: string });
    case 'invitations_list':
      return await handleListInvitations(args as { projectId: string });
    default:
      return null;
  }
}
