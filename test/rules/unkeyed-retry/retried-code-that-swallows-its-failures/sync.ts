// RULES.md unkeyed-retry: "A retry wrapper … re-runs" the write. A wrapper that re-runs only on a throw never re-runs
// code that swallows its own failures (a closure whose try/catch answers null, a helper that catches everything, or
// one that only calls such helpers). Still findings: the same wrapper around a helper that throws, and a wrapper that
// also goes round on an empty answer — the swallowed failure's null is what makes it post again.
import { forever, untilValue } from './retry.js';
import { draftText, postHeadedNote, postNote, postNoteOrThrow, readNote } from './notify.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function mirrorInput(channel: string, text: string) {
  const upload = async () => {
    try {
      const posted = await postNoteOrThrow(channel, text);
      return posted.id;
    } catch (error) {
      console.error('mirror failed', error);
      return null;
    }
  };
  return forever(upload);
}

export async function mirrorHeaded(channel: string, title: string, text: string) {
  await forever(() => postHeadedNote(channel, title, text));
}

export async function mirrorStrict(channel: string, text: string) {
  await forever(() => postNoteOrThrow(channel, text)); // expect: unkeyed-retry
}

export async function mirrorUntilPosted(channel: string, text: string) {
  await untilValue(() => postNote(channel, text)); // expect: unkeyed-retry
}

export async function postDraftLoop(channel: string) {
  while (true) {
    try {
      await postNote(channel, await draftText());
      break;
    } catch {
      await pause(1_000);
    }
  }
}

export async function postStrictLoop(channel: string, text: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await postNoteOrThrow(channel, text); // expect: unkeyed-retry
      break;
    } catch {
      await pause(1_000 * 2 ** attempt);
    }
  }
}

export async function mirrorReturned(channel: string, text: string) {
  await forever(async () => { return postNoteOrThrow(channel, text); }); // expect: unkeyed-retry
}

export async function fetchNote(id: string) {
  return untilValue(() => readNote(id));
}
