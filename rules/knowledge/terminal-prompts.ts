// Terminal prompt packages: a call of one of these exports waits for a person to answer in the terminal.
// unbounded-agent-loop reads a loop that makes such a call every turn as bounded by that person (like readline
// `question`), a check its HUMAN_INPUT pattern can't make by name (`prompts(…)` is not `prompt(…)`).

import type { Checked } from './types.js';

export interface TerminalPromptFact extends Checked {
  module: string;
  /** The exports that ask; 'default' and module.exports (`require`) for a package that is itself the function. */
  exports: ReadonlyArray<string>;
}

export const terminalPrompts: ReadonlyArray<TerminalPromptFact> = [
  {
    module: 'prompts',
    exports: ['default', 'module.exports', 'prompt'],
    checkedAgainst: 'prompts@2.4.2 (terkelg/prompts lib/index.js: `async function prompt(questions, { onSubmit, onCancel })` awaits `prompts[type](question)`, the person\'s answer, for each question; `module.exports = Object.assign(prompt, { prompt, prompts, inject, override })`)',
  },
];
