import { Octokit } from '@octokit/core';

export function buildClient(token: string): Octokit {
  return new Octokit({ auth: token });
}
