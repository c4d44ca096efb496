// A project base class that builds AI SDK tools: `toTool()` returns `tool({ …, execute: (input, { toolCallId })
// => this.perform(input, toolCallId) })`, so every subclass's `perform` runs when the model calls the tool,
// also through an intermediate base class. BookRoomAction POSTs (finding); SendInviteAction, two levels
// down, sends mail (finding); RescheduleAction keys its POST with the tool call id it is passed (clean).
// PreviewAgendaAction does not override `perform`: the POST in its `publish` method is not a tool's (clean).
import { generateText, tool, type Tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Resend } from 'resend';
import { z } from 'zod';

const CALENDAR = 'https://calendar.example.com/v1';
const resend = new Resend(process.env.RESEND_API_KEY);

abstract class AgentAction<I extends z.ZodObject> {
  abstract readonly description: string;
  abstract readonly input: I;
  abstract perform(input: z.infer<I>, toolCallId: string): Promise<string>;

  toTool(): Tool {
    return tool({
      description: this.description,
      inputSchema: this.input,
      execute: async (input, { toolCallId }) => this.perform(input, toolCallId),
    });
  }
}

const roomInput = z.object({ roomId: z.string(), start: z.string(), minutes: z.number().int() });

class BookRoomAction extends AgentAction<typeof roomInput> {
  readonly description = 'Book a meeting room';
  readonly input = roomInput;

  async perform({ roomId, start, minutes }: z.infer<typeof roomInput>) {
    const res = await fetch(`${CALENDAR}/rooms/${roomId}/bookings`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ start, minutes }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'booked' : `failed: ${res.status}`;
  }
}

const moveInput = z.object({ eventId: z.string(), start: z.string() });

class RescheduleAction extends AgentAction<typeof moveInput> {
  readonly description = 'Move an event to a new start time';
  readonly input = moveInput;

  async perform({ eventId, start }: z.infer<typeof moveInput>, toolCallId: string) {
    const res = await fetch(`${CALENDAR}/events/${eventId}/moves`, {
      method: 'POST',
      headers: { 'Idempotency-Key': toolCallId },
      body: JSON.stringify({ start }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'moved' : `failed: ${res.status}`;
  }
}

abstract class AttendeeAction<I extends z.ZodObject> extends AgentAction<I> {
  protected organizer = 'assistant@calendar.example.com';
}

const inviteInput = z.object({ eventId: z.string(), email: z.string().email() });

class SendInviteAction extends AttendeeAction<typeof inviteInput> {
  readonly description = 'Email an invitation to an attendee';
  readonly input = inviteInput;

  async perform({ eventId, email }: z.infer<typeof inviteInput>) {
    await resend.emails.send({ from: this.organizer, to: email, subject: 'Invitation', html: `<a href="${CALENDAR}/events/${eventId}">Join</a>` }); // expect: non-idempotent-tool
    return 'invited';
  }
}

const agendaInput = z.object({ eventId: z.string() });

class PreviewAgendaAction extends AgentAction<typeof agendaInput> {
  readonly description = 'Show the agenda of an event';
  readonly input = agendaInput;

  async perform({ eventId }: z.infer<typeof agendaInput>) {
    const res = await fetch(`${CALENDAR}/events/${eventId}/agenda`, { signal: AbortSignal.timeout(5_000) });
    return res.text();
  }

  async publish(eventId: string) {
    await fetch(`${CALENDAR}/events/${eventId}/agenda/publications`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }
}

export async function scheduler(prompt: string) {
  return generateText({
    model: openai('gpt-4.1'),
    prompt,
    tools: {
      book_room: new BookRoomAction().toTool(),
      reschedule: new RescheduleAction().toTool(),
      send_invite: new SendInviteAction().toTool(),
      preview_agenda: new PreviewAgendaAction().toTool(),
    },
    abortSignal: AbortSignal.timeout(120_000),
  });
}
