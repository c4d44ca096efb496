// A maintenance form shaped like a skill (a name, a description, a JSON schema) that an operator fills in on a page:
// no model is given it, so the command it runs is the operator's, not a tool call's.
import { exec } from 'node:child_process';

export const maintenanceForm = {
  name: 'maintenance',
  description: 'Runs a maintenance command the operator types.',
  parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
  submit: (values: { command: string }) => exec(values.command),
};
