import { archiveWidgetHandler } from '../tools/widgets/handlers/archiveWidget.js';

// A command line's switch on the action it was given: no model chooses it.
export async function runAdmin(input: { action: string; args: { token: string; id: string } }): Promise<unknown> {
  const { action, args } = input;
  switch (action) {
    case 'archive':
      return archiveWidgetHandler(args);
    default:
      return undefined;
  }
}
