// The workspace package hands its callers the Octokit type it builds its clients with.
export type { Octokit } from '@octokit/core';
export { buildClient } from './client';
export type { ReviewSettings } from './settings';
