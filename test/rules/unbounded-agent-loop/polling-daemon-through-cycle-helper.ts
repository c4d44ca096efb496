// Corpus README question 18 through a helper: a `while (true)` poller whose pass is `await runCycle()`, a project
// function that calls the model only inside its loop over the posts it fetched, answers events like the poller
// itself — clean, also with a stop flag read from a state file (`if (!state.running) return`). A poller whose
// cycle helper asks the model on every pass, before looking at anything fetched, is an autonomous loop: reported.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });
const ONE_HOUR = 60 * 60 * 1000;

interface Post { id: string; body: string }
declare function listPosts(): Promise<Post[]>;
declare function comment(id: string, text: string): Promise<void>;
declare function loadState(): { running: boolean; answered: Record<string, true> };
declare function publish(text: string): Promise<void>;

async function write(prompt: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
  return completion.choices[0]?.message.content ?? '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function answerNewPosts(): Promise<void> {
  const state = loadState();
  const posts = await listPosts();
  for (const post of posts) {
    if (state.answered[post.id]) continue;
    await comment(post.id, await write(`Reply to: ${post.body}`));
  }
}

export async function runForumAgent(): Promise<void> {
  while (true) {
    const state = loadState();
    if (!state.running) return;
    try {
      await answerNewPosts();
    } catch (error) {
      console.error('cycle failed', error);
    }
    await sleep(ONE_HOUR);
  }
}

async function postNextIdea(): Promise<void> {
  const idea = await write('Look at what you posted so far and write the next post.');
  await publish(idea);
}

export async function runPoster(): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    const state = loadState();
    if (!state.running) return;
    await postNextIdea();
    await sleep(ONE_HOUR);
  }
}
