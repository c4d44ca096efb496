// The support package's shared client: no timeout.
import OpenAI from 'openai';

export const llm = new OpenAI();
