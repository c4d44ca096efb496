// A LangChain `tool()` from 'langchain' invoked directly runs its own function in-process: tool.invoke() is
// not a model call (the calls inside the tool are checked where they are). The agent built with
// createAgent calls the model, and its invoke() with no signal is reported.
import { createAgent, tool } from 'langchain';
import { z } from 'zod';

const shelf: string[] = [];

const shelveBook = tool(
  async ({ title }) => {
    shelf.push(title);
    return `Shelved ${title}; ${shelf.length} books on the shelf.`;
  },
  { name: 'shelve_book', description: 'Put a book on the reading shelf', schema: z.object({ title: z.string() }) },
);

const librarian = createAgent({ model: 'anthropic:claude-sonnet-4-5', tools: [shelveBook] });

export async function seedShelf() {
  await shelveBook.invoke({ title: 'The Left Hand of Darkness' });
  await shelveBook.batch([{ title: 'Kindred' }, { title: 'Piranesi' }]);
}

export async function askLibrarian(question: string) {
  return librarian.invoke({ messages: [{ role: 'user', content: question }] }); // expect: missing-deadline
}

export async function askLibrarianWithDeadline(question: string) {
  return librarian.invoke({ messages: [{ role: 'user', content: question }] }, { signal: AbortSignal.timeout(90_000) });
}
