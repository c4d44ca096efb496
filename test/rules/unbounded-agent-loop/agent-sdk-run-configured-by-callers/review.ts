import { reviewOnce } from './sdk';

export function review(diff: string) {
  return reviewOnce(diff, 'claude-sonnet-4-5');
}
