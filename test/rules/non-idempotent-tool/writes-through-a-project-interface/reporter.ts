// Two implementations of the project's Reporter interface: one comments on the pull request, one appends the comment
// to a local review file. Reading a comment back is a GET in both.
import { appendFile, readFile } from 'node:fs/promises';
import { Octokit } from '@octokit/rest';

export interface Reporter {
  postComment(path: string, body: string): Promise<void>;
  readComments(): Promise<string>;
}

export class GitHubReporter implements Reporter {
  constructor(private readonly octokit: Octokit, private readonly pr: { owner: string; repo: string; number: number }) {}

  async postComment(path: string, body: string) {
    await this.octokit.rest.issues.createComment({ owner: this.pr.owner, repo: this.pr.repo, issue_number: this.pr.number, body: `${path}: ${body}` });
  }

  async readComments() {
    const { data } = await this.octokit.rest.issues.listComments({ owner: this.pr.owner, repo: this.pr.repo, issue_number: this.pr.number });
    return data.map((c) => c.body).join('\n');
  }
}

export class LocalReporter implements Reporter {
  constructor(private readonly file: string) {}

  async postComment(path: string, body: string) {
    await appendFile(this.file, `- ${path}: ${body}\n`);
  }

  async readComments() {
    return readFile(this.file, 'utf-8');
  }
}
