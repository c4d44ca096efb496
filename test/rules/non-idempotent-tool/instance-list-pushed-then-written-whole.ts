// A class that loads its file into a field and writes the whole field back after pushing onto it appends one entry per
// call (README question 65), as a local list read and pushed onto does. A push under a look at the field (`if
// (!this.tags.includes(tag))`) keeps one entry per value.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tool } from 'ai';
import { z } from 'zod';

interface Review {
  title: string;
  score: number;
}

class ReviewStore {
  private reviews: Review[] = [];
  private tags: string[] = [];

  constructor(private readonly path: string) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      this.reviews = JSON.parse(text);
    }
    this.tags = JSON.parse(readFileSync(`${path}.tags`, 'utf8'));
  }

  add(review: Review): void {
    this.reviews.push(review);
    writeFileSync(this.path, JSON.stringify(this.reviews, null, 2), 'utf8');
  }

  tag(tag: string): void {
    if (!this.tags.includes(tag)) this.tags.push(tag);
    writeFileSync(`${this.path}.tags`, JSON.stringify(this.tags), 'utf8');
  }
}

const store = new ReviewStore('reviews.json');

export const saveReview = tool({
  description: 'Save a review',
  inputSchema: z.object({ title: z.string(), score: z.number() }),
  execute: async ({ title, score }) => {
    store.add({ title, score }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const tagReviews = tool({
  description: 'Tag the reviews',
  inputSchema: z.object({ tag: z.string() }),
  execute: async ({ tag }) => {
    store.tag(tag);
    return { ok: true };
  },
});
