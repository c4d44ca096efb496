// An Inngest AgentKit tool hands work to an Inngest function by sending an event with `step.sendEvent` (the
// handler's second argument holds the step tools). Each tool call sends another event, and the function runs
// again: a duplicate, unless the event carries an `id` (Inngest deduplicates runs by event id for 24 hours).
// Clean: an event whose id comes from the tool's input, and a tool that only reads. An event named for an update
// or a delete (`app/notes.update`) sets known records again: low confidence, as a PATCH or DELETE would be.
import { createTool } from '@inngest/agent-kit';
import { Inngest } from 'inngest';
import { z } from 'zod';

const inngest = new Inngest({ id: 'notes-app' });

export const saveNotes = createTool({
  name: 'save_notes',
  description: 'Save notes in the background',
  parameters: z.object({ notes: z.array(z.string()) }),
  handler: async ({ notes }, { step }) => {
    await step?.sendEvent('save-notes', { name: 'app/notes.create', data: { notes } }); // expect: non-idempotent-tool
    return `Saving ${notes.length} notes.`;
  },
});

export const archiveNote = createTool({
  name: 'archive_note',
  description: 'Archive a note once',
  parameters: z.object({ noteId: z.string() }),
  handler: async ({ noteId }, { step }) => {
    await step?.sendEvent('archive-note', { id: `archive-${noteId}`, name: 'app/note.archive', data: { noteId } });
    return 'Archiving.';
  },
});

export const editNotes = createTool({
  name: 'edit_notes',
  description: 'Correct or drop notes',
  parameters: z.object({ edits: z.array(z.object({ id: z.string(), text: z.string() })), drop: z.array(z.string()) }),
  handler: async ({ edits, drop }, { step }) => {
    await step?.sendEvent('edit-notes', { name: 'app/notes.update', data: { edits } }); // expect: non-idempotent-tool confidence=low
    await step?.sendEvent('drop-notes', { name: 'app/notes.delete', data: { drop } }); // expect: non-idempotent-tool confidence=low
    return 'Editing.';
  },
});

export const notifyTeam = createTool({
  name: 'notify_team',
  description: 'Tell the team about a note',
  parameters: z.object({ text: z.string() }),
  handler: async ({ text }) => {
    await inngest.send({ name: 'app/team.notify', data: { text } }); // expect: non-idempotent-tool
    return 'Sent.';
  },
});

export const countNotes = createTool({
  name: 'count_notes',
  description: 'How many notes are stored',
  parameters: z.object({}),
  handler: async (_input, { network }) => network?.state.data.noteCount ?? 0,
});
