// `--cache` keeps the prefilter's verdict on each file with the file's identity on disk (prefilter-verdicts.ts): a
// verdict is taken only for the same file (device, inode, size, modification and change times) under the same
// prefilter; an edit that keeps the size and sets the modification time back still changes the change time, so the
// file is judged again; a file changed within the settle time is not kept at all.
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PrefilterVerdicts, textDigestOf } from '../../rules/engine/prefilter-verdicts.js';
import { tempFolderWith } from '../temp-files.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The verdicts one run kept, read back by the next as the cache file carries them. */
const nextRun = (verdicts: PrefilterVerdicts, code = 'code-1', settleMs = 0) =>
  new PrefilterVerdicts(JSON.parse(JSON.stringify(verdicts.toJSON())), code, settleMs);

/** Past the file system's clock tick (a few milliseconds): a later write gets a later change time. */
const tick = () => new Promise((done) => setTimeout(done, 30));

/** Judges a file as the engine does: looked at, then read, then judged only when no verdict is kept. */
function judge(verdicts: PrefilterVerdicts, file: string, judged: string[]): boolean {
  const looked = verdicts.look(file);
  const text = readFileSync(file, 'utf8');
  return verdicts.verdict(file, looked, () => {
    judged.push(file);
    return text.includes('openai');
  });
}

it('takes the kept verdict of a file that did not change, and judges one edited with its size and modification time kept', async () => {
  root = tempFolderWith('verdicts', { 'agent.ts': "import OpenAI from 'openaj';\n", 'other.ts': 'export const a = 1;\n' });
  const agent = join(root, 'agent.ts');
  const other = join(root, 'other.ts');
  // Whole seconds, so setting the time back later restores it exactly.
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  const first = new PrefilterVerdicts(undefined, 'code-1', 0).forPrefilter([]);
  const judged: string[] = [];
  expect([judge(first, agent, judged), judge(first, other, judged)]).toEqual([false, false]);
  expect(judged).toEqual([agent, other]);

  const second = nextRun(first).forPrefilter([]);
  judged.length = 0;
  expect([judge(second, agent, judged), judge(second, other, judged)]).toEqual([false, false]);
  expect(judged).toEqual([]);

  // Same length, modification time set back: only the change time tells.
  await tick();
  const { size } = statSync(agent);
  writeFileSync(agent, "import OpenAI from 'openai';\n");
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  expect(statSync(agent).size).toBe(size);
  expect(statSync(agent).mtimeMs).toBe(1_700_000_000_000);
  const third = nextRun(second).forPrefilter([]);
  judged.length = 0;
  expect([judge(third, agent, judged), judge(third, other, judged)]).toEqual([true, false]);
  expect(judged).toEqual([agent]);
});

it('takes no verdict made by another prefilter: other extra names, or other agentvet code', () => {
  root = tempFolderWith('verdicts', { 'agent.ts': 'export const a = 1;\n' });
  const agent = join(root, 'agent.ts');
  const first = new PrefilterVerdicts(undefined, 'code-1', 0).forPrefilter([]);
  judge(first, agent, []);
  for (const [code, names] of [['code-1', ['billing:charge']], ['code-2', []]] as const) {
    const judged: string[] = [];
    judge(nextRun(first, code).forPrefilter(names), agent, judged);
    expect(judged).toEqual([agent]);
  }
  const judged: string[] = [];
  judge(nextRun(first).forPrefilter([]), agent, judged);
  expect(judged).toEqual([]);
});

it('keeps no verdict on a file changed within the settle time (a write in the same clock tick would not show)', () => {
  root = tempFolderWith('verdicts', { 'agent.ts': 'export const a = 1;\n' });
  const verdicts = new PrefilterVerdicts(undefined, 'code-1', 60_000).forPrefilter([]);
  judge(verdicts, join(root, 'agent.ts'), []);
  expect(verdicts.toJSON().files).toEqual({});
});

it('passes over kept data that is not verdicts', () => {
  root = tempFolderWith('verdicts', { 'agent.ts': 'export const a = 1;\n' });
  const agent = join(root, 'agent.ts');
  for (const data of [null, 'x', [], { key: 'code-1\u0000[]', files: { [agent]: ['id', 'yes'] } }, { key: 'code-1\u0000[]', files: [] }]) {
    const judged: string[] = [];
    judge(new PrefilterVerdicts(data, 'code-1', 0).forPrefilter([]), agent, judged);
    expect(judged).toEqual([agent]);
  }
});

it("keeps the digest of a file's text with its verdict, and digests again a file edited with its size and modification time kept", async () => {
  root = tempFolderWith('verdicts', { 'agent.ts': "import OpenAI from 'openaj';\n" });
  const agent = join(root, 'agent.ts');
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  const text = readFileSync(agent, 'utf8');
  const first = new PrefilterVerdicts(undefined, 'code-1', 0).forPrefilter([]);
  judge(first, agent, []);
  expect(first.textDigest(agent, text)).toBe(textDigestOf(text));

  // The same file: the kept digest is taken (a text it is not the digest of shows it was not computed again).
  const second = nextRun(first).forPrefilter([]);
  judge(second, agent, []);
  expect(second.textDigest(agent, 'not read again')).toBe(textDigestOf(text));

  // Same length, modification time set back: the change time tells, and the text is digested.
  await tick();
  writeFileSync(agent, "import OpenAI from 'openai';\n");
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  const edited = readFileSync(agent, 'utf8');
  const third = nextRun(second).forPrefilter([]);
  judge(third, agent, []);
  expect(third.textDigest(agent, edited)).toBe(textDigestOf(edited));
  // A file the run did not look at is digested.
  expect(third.textDigest(join(root, 'elsewhere.ts'), 'x')).toBe(textDigestOf('x'));
});

it("keeps the specifiers a file imports and whether it exports agent code with its verdict, and reads them again from a file edited with its size and modification time kept", async () => {
  root = tempFolderWith('verdicts', { 'agent.ts': "import { a } from './one';\nexport const b = a;\n" });
  const agent = join(root, 'agent.ts');
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  const read: string[] = [];
  const specifiersOf = (verdicts: PrefilterVerdicts, text: string) =>
    verdicts.importSpecifiers(agent, () => {
      read.push('specifiers');
      return [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
    });
  const exportsOf = (verdicts: PrefilterVerdicts, text: string) =>
    verdicts.exportsAgentCode(agent, () => {
      read.push('exports');
      return text.includes('./two');
    });
  const first = new PrefilterVerdicts(undefined, 'code-1', 0).forPrefilter([]);
  judge(first, agent, []);
  const text = readFileSync(agent, 'utf8');
  expect([specifiersOf(first, text), exportsOf(first, text)]).toEqual([['./one'], false]);
  // Read once per run.
  expect([specifiersOf(first, text), exportsOf(first, text)]).toEqual([['./one'], false]);
  expect(read).toEqual(['specifiers', 'exports']);

  // The same file: what was kept is taken, the text is not read (a text saying otherwise shows it).
  const second = nextRun(first).forPrefilter([]);
  judge(second, agent, []);
  read.length = 0;
  expect([specifiersOf(second, "import { a } from './two';\n"), exportsOf(second, "import { a } from './two';\n")]).toEqual([['./one'], false]);
  expect(read).toEqual([]);

  // Same length, modification time set back: the change time tells, and the text is read again.
  await tick();
  writeFileSync(agent, "import { a } from './two';\nexport const b = a;\n");
  utimesSync(agent, 1_700_000_000, 1_700_000_000);
  const edited = readFileSync(agent, 'utf8');
  const third = nextRun(second).forPrefilter([]);
  judge(third, agent, []);
  expect([specifiersOf(third, edited), exportsOf(third, edited)]).toEqual([['./two'], true]);
  expect(read).toEqual(['specifiers', 'exports']);

  // A text the run replaces (an editor buffer, a --fix) is read again, and nothing is kept for it.
  const fourth = nextRun(third).forPrefilter([]);
  judge(fourth, agent, []);
  fourth.fileChanged(agent);
  read.length = 0;
  expect([specifiersOf(fourth, "import { a } from './three';\n"), exportsOf(fourth, "import { a } from './three';\n")]).toEqual([['./three'], false]);
  expect(read).toEqual(['specifiers', 'exports']);
  expect(fourth.toJSON().files).toEqual({});
});

it('passes over kept text facts of the wrong shape', () => {
  root = tempFolderWith('verdicts', { 'agent.ts': 'export const a = 1;\n' });
  const agent = join(root, 'agent.ts');
  const first = new PrefilterVerdicts(undefined, 'code-1', 0).forPrefilter([]);
  judge(first, agent, []);
  const [identity] = first.toJSON().files[agent]!;
  for (const kept of [[identity, false, null, ['./a', 1]], [identity, false, null, './a'], [identity, false, 'digest', null, 'yes'], [identity, false, 1]]) {
    const verdicts = new PrefilterVerdicts({ key: 'code-1\u0000[]', files: { [agent]: kept } }, 'code-1', 0).forPrefilter([]);
    const judged: string[] = [];
    judge(verdicts, agent, judged);
    expect(judged).toEqual([agent]);
    expect(verdicts.importSpecifiers(agent, () => ['read'])).toEqual(['read']);
  }
  // Facts kept with nulls before them (a digest not read) are taken.
  const verdicts = new PrefilterVerdicts({ key: 'code-1\u0000[]', files: { [agent]: [identity, false, null, ['./kept'], null] } }, 'code-1', 0).forPrefilter([]);
  judge(verdicts, agent, []);
  expect(verdicts.importSpecifiers(agent, () => ['read'])).toEqual(['./kept']);
  expect(verdicts.exportsAgentCode(agent, () => true)).toBe(true);
});
