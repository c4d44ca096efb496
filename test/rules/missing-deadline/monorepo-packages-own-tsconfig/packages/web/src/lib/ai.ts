// The web package's Anthropic client (no timeout), reached through tsconfig.app.json's `@/*` alias.
import Anthropic from '@anthropic-ai/sdk';

export const ai = new Anthropic();
