// A project class that holds the OpenAI client in a field (no timeout), and another that makes its
// Anthropic client lazily behind a getter. Neither field is typed: what they hold is found from their
// initialisers, the getter's return and the `??=` it caches through.
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

export class LlmGateway {
  readonly openai = new OpenAI();
  private cached;

  get anthropic() {
    return (this.cached ??= new Anthropic());
  }

  get timedAnthropic() {
    return new Anthropic({ timeout: 30_000 });
  }
}
