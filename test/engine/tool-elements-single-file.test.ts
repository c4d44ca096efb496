// Per-tool handlers registered in another file (tool-elements.ts) are found from either side: linting only the
// tool's own file — what an editor shows, what `agentvet lint create-dashboard.ts` asks — reports its write, and
// linting the registering file with it reports that write once, not once per file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';


function toolFindings(paths: string[]) {
  return findingsIn('registered-handler-runs-each-tool', paths);
}

describe('tools registered in another file', () => {
  it('are found when only the tool files are linted', () => {
    expect(toolFindings(['tools/create-dashboard.ts', 'tools/get-dashboard.ts', 'domain/deploy-site.ts', 'item-tools.ts'])).toEqual([
      'domain/deploy-site.ts:12',
      'item-tools.ts:33',
      'tools/create-dashboard.ts:8',
    ]);
  });

  it('are reported once when the registering files are linted too', () => {
    expect(toolFindings(['server.ts', 'tools/create-dashboard.ts', 'domain/register.ts', 'domain/deploy-site.ts', 'toolkit.ts', 'item-tools.ts'])).toEqual([
      'domain/deploy-site.ts:12',
      'item-tools.ts:33',
      'tools/create-dashboard.ts:8',
    ]);
  });
});

// Also a router in another file (a switch on the tool name a caller files away passes) and tool tables built across
// files: linting only the handler's file finds the router and its callers in the package, analysed by the run or not.
function findingsIn(caseName: string, paths: string[]) {
  const root = join(import.meta.dirname, '..', 'rules', 'non-idempotent-tool', caseName);
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, root);
  return Engine.open({ cwd: root, paths: paths.map((p) => join(root, p)), config })
    .analyze()
    .findings.filter((f) => f.ruleId === 'non-idempotent-tool')
    .map((f) => `${f.range.file.slice(root.length + 1)}:${f.range.line}`)
    .sort();
}

describe('handlers a router or a tool table in another file runs', () => {
  it('are found when only the handler file is linted', () => {
    expect(findingsIn('router-switch-in-another-file', ['handlers/invitations.ts', 'cli/exports.ts'])).toEqual(['handlers/invitations.ts:7']);
    expect(findingsIn('tool-tables-built-across-files', ['tools/orders.ts', 'tools/notes.ts', 'tools/commands.ts'])).toEqual([
      'tools/notes.ts:10',
      'tools/orders.ts:22',
    ]);
  });

  it('are reported once when the router is linted too', () => {
    expect(findingsIn('router-switch-in-another-file', ['server.ts', 'router/index.ts', 'router/tool-router.ts', 'handlers/invitations.ts'])).toEqual([
      'handlers/invitations.ts:7',
    ]);
    // The router linted alone: the handler's file is not analysed, so its write is reported from the router's analysis.
    expect(findingsIn('router-switch-in-another-file', ['router/tool-router.ts'])).toEqual(['handlers/invitations.ts:7']);
  });
});

// Handlers a tool object in another file names (`{ tool, handler: handleCronjobCreate }` loaded by a folder scanner), and
// the elements of a list handed one by one to a project wrapper that registers each element's handler.
describe('handlers named by tool objects or wrapper loops in other files', () => {
  it('are found when only the handler file is linted', () => {
    expect(findingsIn('tool-registrations-loaded-by-a-folder-scanner', ['handlers/cronjob.ts'])).toEqual(['handlers/cronjob.ts:13', 'handlers/cronjob.ts:7']);
    expect(findingsIn('wrapper-handed-each-tool-of-a-list', ['tools.ts'])).toEqual(['tools.ts:25', 'tools.ts:41']);
    // A router one file further: server.ts looks the tool up in the table tools/index.ts builds from this file's.
    expect(findingsIn('handler-tables-wrapped-in-a-loop', ['tools/orders.ts', 'jobs/reports.ts'])).toEqual(['tools/orders.ts:8']);
  });

  it('are reported once when the registering files are linted too', () => {
    expect(findingsIn('tool-registrations-loaded-by-a-folder-scanner', ['handlers/cronjob.ts', 'tools/cronjob/create-tool.ts', 'tools/cronjob/execute-tool.ts'])).toEqual([
      'handlers/cronjob.ts:13',
      'handlers/cronjob.ts:7',
    ]);
    expect(findingsIn('wrapper-handed-each-tool-of-a-list', ['server.ts', 'tools.ts', 'jobs.ts'])).toEqual(['tools.ts:25', 'tools.ts:41']);
    expect(findingsIn('wrapper-handed-each-tool-of-a-list', ['server.ts'])).toEqual(['tools.ts:25', 'tools.ts:41']);
    expect(findingsIn('handler-tables-wrapped-in-a-loop', ['server.ts', 'tools/index.ts', 'tools/orders.ts', 'tools/notes.ts'])).toEqual([
      'tools/notes.ts:6',
      'tools/orders.ts:8',
    ]);
  });
});

// Skill objects a list in another file holds, run by `skills.find((s) => s.name === name).run(args)` in that file (a
// router whose tool name a Gemini loop files away passes), and a team's own list run by the interceptor a team brain is
// given (`new Brain({ interceptor: (name, args) => teamAwareCall(name, args) })`, called inside Brain as
// `this.config.interceptor(name, args)`).
describe('skills found in a list by name in another file', () => {
  it('are found when only the skill files are linted', () => {
    expect(findingsIn('skills-found-in-a-list-by-name', ['skills/desk.ts'])).toEqual(['skills/desk.ts:15', 'skills/desk.ts:36']);
    expect(findingsIn('skills-found-in-a-list-by-name', ['team/team-skills.ts'])).toEqual(['team/team-skills.ts:10']);
  });

  it('stay clean when the names come from the keyboard', () => {
    expect(findingsIn('skills-found-in-a-list-by-name', ['console/commands.ts'])).toEqual([]);
  });
});

// A client class composed from mixins (`PeopleMixin(NotesMixin(DeskBase))` in an index) whose mixin file is linted
// without the index: the mixin's base is what the index hands it, found in the package as a whole lint would find it.
describe('a client composed from mixins', () => {
  it('reaches the write when the mixin file is linted without the index composing it', () => {
    expect(findingsIn('client-composed-from-mixins', ['tools/notes.js', 'client/notes.js'])).toEqual(['tools/notes.js:12']);
    expect(findingsIn('client-composed-from-mixins', ['tools/notes.js'])).toEqual(['tools/notes.js:12']);
  });
});

// A folder of skill files linted without the folder that runs them (`agentvet lint skills`, the Gemini loop in core/):
// a file defining a tool by its JSON schema is analysed whatever else its text says (prefilter.ts definesTool), and
// its handler found from the skill's side. A form of the same shape that no model is given stays clean.
describe('skill files linted as a folder', () => {
  it('are analysed though their text names no agent', () => {
    expect(findingsIn('skill-files-linted-as-a-folder', ['skills'])).toEqual(['skills/ops.ts:14']);
    expect(findingsIn('skill-files-linted-as-a-folder', ['forms'])).toEqual([]);
  });
});
