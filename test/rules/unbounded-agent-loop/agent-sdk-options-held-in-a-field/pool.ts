import { boundedOptions, chatOptions } from './options';
import { BoundedSession, ChatSession, ForeignSession, MergedSession, TunedSession } from './sessions';

export function openSessions(channel: string, model: string, settings: Record<string, unknown>, loaded: Record<string, unknown>) {
  const options = chatOptions(model);
  const chat = new ChatSession(channel, options);
  const bounded = new BoundedSession(boundedOptions(model));
  const tuned = new TunedSession(chatOptions(model));
  tuned.limit(10);
  const merged = new MergedSession(chatOptions(model));
  merged.configure(settings);
  const foreign = new ForeignSession(loaded);
  return { chat, bounded, tuned, merged, foreign };
}
