// A signal destructured from a props object at the top of the function (`const { messages, signal } = props`) is
// a signal the function received: a call that leaves it behind is deadline-not-propagated's finding, not this
// rule's (clean here). The twin whose props hold no signal is reported.
import OpenAI from 'openai';

const openai = new OpenAI();

interface StreamProps {
  messages: OpenAI.Responses.ResponseInput;
  signal: AbortSignal;
}

interface PlainProps {
  messages: OpenAI.Responses.ResponseInput;
}

export class ComputerStreamer {
  async *stream(props: StreamProps) {
    const { messages, signal } = props;
    const response = await openai.responses.create({ model: 'computer-use-preview', input: messages }); // expect: deadline-not-propagated else missing-deadline severity=warn
    if (signal.aborted) return;
    yield response.output_text;
  }

  async *replay(props: PlainProps) {
    const { messages } = props;
    const response = await openai.responses.create({ model: 'computer-use-preview', input: messages }); // expect: missing-deadline severity=warn
    yield response.output_text;
  }
}
