import { OpenAI } from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

/**
 * Streams the model's text into a Slack chat stream. Appending text is a send (it starts the stream or
 * appends to it); an append that only updates a task's status by its id (`task_update` chunks) sets that
 * status again on a repeat: clean.
 *
 * @param {import("@slack/web-api").ChatStreamer} streamer - Slack chat stream.
 * @param {string} question - What the person asked.
 */
export async function streamAnswer(streamer, question) {
  const response = await openai.responses.create({ model: 'gpt-4.1-mini', input: question, stream: true });
  for await (const event of response) {
    if (event.type === 'response.output_text.delta') {
      await streamer.append({ markdown_text: event.delta }); // expect: unkeyed-retry
    }
    if (event.type === 'response.output_item.done' && event.item.type === 'function_call') {
      await streamer.append({
        chunks: [{ type: 'task_update', id: event.item.call_id, title: `Running ${event.item.name}…`, status: 'complete' }],
      });
    }
  }
}
