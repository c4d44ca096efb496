// Corpus README questions 22, 53 and 68: a posting loop that hands itself to `setTimeout` by name, or reschedules
// itself only after a test of the clock against its last post (`Date.now() > lastPost + delay`), runs the model again
// and again until the process ends — the clock test says when to post next, not how many times, and a `return` in a
// catch stops it only when a post fails. Its near-misses: a loop whose pass answers only the mentions it fetched
// (question 18's event daemon), and one that stops after a counted number of posts.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

interface Feed {
  mentions(): Promise<Array<{ id: string; text: string }>>;
  post(text: string): Promise<void>;
}

async function writePost(): Promise<string> {
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Write a short post about today.' }] });
  return reply.choices[0]?.message.content ?? '';
}

export class Poster {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastPostAt = 0;
  private posts = 0;

  constructor(private readonly feed: Feed) {}

  start(): void {
    const postLoop = async () => {
      try {
        await this.feed.post(await writePost());
      } catch (error) {
        console.error(error);
        return;
      }
      this.timer = setTimeout(postLoop, 60 * 60 * 1000); // expect: unbounded-agent-loop
    };
    void postLoop();
  }

  startOnSchedule(): void {
    const scheduledLoop = async () => {
      const delay = 30 * 60 * 1000;
      if (Date.now() > this.lastPostAt + delay) {
        try {
          await this.feed.post(await writePost());
          this.lastPostAt = Date.now();
        } catch (error) {
          console.error(error);
          return;
        }
      }
      this.timer = setTimeout(() => {
        void scheduledLoop(); // expect: unbounded-agent-loop
      }, delay);
    };
    void scheduledLoop();
  }

  startAnswering(): void {
    const answerLoop = async () => {
      const mentions = await this.feed.mentions();
      await Promise.all(mentions.map(async (mention) => {
        const reply = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: mention.text }] });
        await this.feed.post(reply.choices[0]?.message.content ?? '');
      }));
      this.timer = setTimeout(answerLoop, 5 * 60 * 1000);
    };
    void answerLoop();
  }

  startCounted(): void {
    const countedLoop = async () => {
      await this.feed.post(await writePost());
      this.posts += 1;
      if (this.posts >= 24) return;
      this.timer = setTimeout(countedLoop, 60 * 60 * 1000);
    };
    void countedLoop();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
