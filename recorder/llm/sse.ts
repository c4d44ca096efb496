// Parses a Server-Sent Events body (text/event-stream) into its events, as the LLM wire formats use
// it: `event:` names and `data:` payloads, blocks separated by blank lines, comments ignored.
export interface SseEvent {
  event: string | null;
  data: string;
}

export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return events;
}

/** The JSON payloads of the events, skipping non-JSON ones such as OpenAI's `[DONE]`. */
export function sseJsonPayloads(text: string): unknown[] {
  const payloads: unknown[] = [];
  for (const { data } of parseSse(text)) {
    try {
      payloads.push(JSON.parse(data));
    } catch {
      // Sentinels and keep-alives carry no JSON.
    }
  }
  return payloads;
}
