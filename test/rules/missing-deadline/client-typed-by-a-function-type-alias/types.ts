// The project names the shape of its steps once, as function types; the steps themselves are written
// as unannotated arrows that take these types from the variable they are assigned to.
import type OpenAI from 'openai';

export type Summarise = (client: OpenAI, text: string) => Promise<string>;

export interface Step {
  name: string;
  run: (client: OpenAI, input: string) => Promise<string>;
}

export type Classifier = (label: string, text: string) => Promise<string>;
