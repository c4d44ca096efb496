// LangChain tools built by subclasses of the project's base class: `this.crm` (or `self.crm`, `const self = this` kept for
// a `function` callback) is the client the base class declares, so the tools' writes are found through it.
import { DynamicStructuredTool } from '@langchain/core/tools';
import { z } from 'zod';
import { CrmToolBase } from './base-tool.js';

export class AddNoteTool extends CrmToolBase {
  createTool() {
    return new DynamicStructuredTool({
      name: 'add_note',
      description: 'Add a note to a contact',
      schema: z.object({ contactId: z.string(), text: z.string() }),
      func: async ({ contactId, text }) => JSON.stringify(await this.crm.addNote(contactId, text)), // expect: non-idempotent-tool
    });
  }
}

export class AddFollowUpTool extends CrmToolBase {
  createTool() {
    const self = this;
    return new DynamicStructuredTool({
      name: 'add_follow_up',
      description: 'Add a follow-up note to a contact',
      schema: z.object({ contactId: z.string() }),
      func: async function ({ contactId }) {
        return JSON.stringify(await self.crm.addNote(contactId, 'follow up')); // expect: non-idempotent-tool
      },
    });
  }

  // Near miss: the same client call in a method no tool runs (a nightly digest): clean.
  async nightlyDigest(contactIds: string[]) {
    for (const id of contactIds) await this.crm.addNote(id, 'digest sent');
  }
}

export class GetContactTool extends CrmToolBase {
  createTool() {
    return new DynamicStructuredTool({
      name: 'get_contact',
      description: 'Read a contact',
      schema: z.object({ contactId: z.string() }),
      func: async ({ contactId }) => JSON.stringify(await this.crm.getContact(contactId)),
    });
  }
}
