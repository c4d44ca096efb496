// The service module a computer-use loop sends each screenshot through. Its helpers sit at offsets
// that fall inside the loop's range in `browse-loop.ts`: positions say nothing across files, so
// whether a helper is "inside the loop" must also compare the files.
//
// (This comment is long on purpose: it moves the helpers below to offsets the loop in the other
// file covers. Keep it about as long as the comment at the top of browse-loop.ts.)
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

async function callModel(input: unknown[], previousResponseId?: string) {
  return openai.responses.create({ model: 'computer-use-preview', input: input as never, previous_response_id: previousResponseId });
}

export async function sendScreenshot(screenshot: string, previousResponseId: string, callId: string) {
  return callModel([{ type: 'computer_call_output', call_id: callId, output: { type: 'input_image', image_url: screenshot } }], previousResponseId);
}
