import { describe, expect, it } from 'vitest';
import { toSarifLog, formatSarif } from '../../cli/format/sarif.js';
import { FINGERPRINT_KEY } from '../../cli/format/sarif-fingerprint.js';
import { context, finding, mixedResult, result, ROOT } from './sample-result.js';

describe('sarif format', () => {
  const log = toSarifLog(mixedResult(), context());
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log naming agentvet and its rules with docs links', () => {
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'agentvet', version: '0.1.0', informationUri: 'https://github.com/agentvet/agentvet' });
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'missing-deadline',
      shortDescription: { text: 'An LLM or network call with no deadline in scope.' },
      helpUri: 'https://github.com/agentvet/agentvet/blob/main/rules/docs/missing-deadline.md',
      help: { text: expect.stringContaining('missing-deadline.md') },
      defaultConfiguration: { enabled: true, level: 'error' },
      properties: { tags: ['reliability', 'llm-agent'] },
    });
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: `file://${ROOT}/` });
    expect(JSON.parse(formatSarif(mixedResult(), context()))).toEqual(JSON.parse(JSON.stringify(log)));
  });

  it('writes results with level, ruleIndex, relative locations, related locations and confidence', () => {
    const tools = run.results.find((r) => r.ruleId === 'non-idempotent-tool')!;
    expect(tools).toMatchObject({
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Tool "refund" creates a refund with no idempotency key.' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'src/tools.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 5, endLine: 7, endColumn: 15 } } },
      ],
      relatedLocations: [
        { id: 1, message: { text: 'inserts into refunds here' }, physicalLocation: { artifactLocation: { uri: 'src/db.ts', uriBaseId: '%SRCROOT%' } } },
      ],
      properties: { confidence: 'high' },
    });
    const deadline = run.results.find((r) => r.ruleId === 'missing-deadline')!;
    expect(deadline).toMatchObject({ ruleIndex: 1, level: 'warning', properties: { confidence: 'medium' } });
    expect(run.tool.driver.rules[deadline.ruleIndex]!.id).toBe('missing-deadline');
  });

  it('reports parse problems as tool execution notifications', () => {
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: "Parsing error: '}' expected." },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 } } }],
      },
    ]);
  });

  it('adds suppression problems to the rules so their ruleIndex is valid', () => {
    const suppression = finding({ ruleId: 'unused-suppression', severity: 'warn', message: 'Unused agentvet-disable comment.' });
    const sarif = toSarifLog(result({ findings: [suppression] }), context()).runs[0]!;
    const index = sarif.results[0]!.ruleIndex;
    expect(sarif.tool.driver.rules[index]).toMatchObject({ id: 'unused-suppression', helpUri: suppression.docsUrl, defaultConfiguration: { level: 'warning' } });
  });

  it('escapes URIs and uses absolute file URIs outside the root', () => {
    const sarif = toSarifLog(result({ findings: [finding({ file: `${ROOT}/my dir/a#1.ts` }), finding({ file: '/other/x.ts' })] }), context()).runs[0]!;
    const uris = sarif.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toEqual([{ uri: 'file:///other/x.ts' }, { uri: 'my%20dir/a%231.ts', uriBaseId: '%SRCROOT%' }]);
  });
});

describe('sarif partialFingerprints', () => {
  const file = `${ROOT}/src/tools.ts`;
  const source = (prefix: string[]) =>
    [...prefix, 'export const refund = tool({', '  execute: async () => {', '    await stripe.refunds.create({ charge });', '    await stripe.refunds.create({ charge });', '  },', '});'].join('\n');
  const fingerprintsFor = (text: string, offset: number) => {
    const findings = [finding({ file, line: offset + 3, column: 5 }), finding({ file, line: offset + 4, column: 5 })];
    const sarif = toSarifLog(result({ findings }), context({ readSource: () => text })).runs[0]!;
    return sarif.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
  };

  it('do not change when unrelated lines are inserted above or indentation changes', () => {
    const before = fingerprintsFor(source([]), 0);
    const after = fingerprintsFor(source(['// a comment', 'import x from "y";', '']), 3);
    expect(after).toEqual(before);
    const reindented = fingerprintsFor(source([]).replace(/ {4}await/g, '\tawait'), 0);
    expect(reindented).toEqual(before);
  });

  it('tell apart identical lines by occurrence, and differ by rule and file', () => {
    const [first, second] = fingerprintsFor(source([]), 0);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(first).not.toBe(second);
    const other = toSarifLog(
      result({ findings: [finding({ file, line: 3, ruleId: 'missing-deadline' }), finding({ file: `${ROOT}/src/other.ts`, line: 3 })] }),
      context({ readSource: () => source([]) }),
    ).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set([first, ...other]).size).toBe(3);
  });

  it('change when the reported line itself changes', () => {
    const [first] = fingerprintsFor(source([]), 0);
    const [changed] = fingerprintsFor(source([]).replace('refunds.create', 'refunds.update'), 0);
    expect(changed).not.toBe(first);
  });
});

describe('sarif for code scanning workflows', () => {
  it('--sarif-category becomes the run\'s automationDetails id, ending in "/"', () => {
    expect(toSarifLog(mixedResult(), context()).runs[0]!.automationDetails).toBeUndefined();
    expect(toSarifLog(mixedResult(), context({ sarifCategory: 'agentvet/@acme/billing' })).runs[0]!.automationDetails).toEqual({ id: 'agentvet/@acme/billing/' });
    expect(toSarifLog(mixedResult(), context({ sarifCategory: 'agentvet/' })).runs[0]!.automationDetails).toEqual({ id: 'agentvet/' });
  });

  it('with a baseline, lists the known findings as "unchanged" and the others as "new", fingerprinted as in a full run', () => {
    const old = finding({ line: 7 });
    const added = finding({ line: 9, ruleId: 'missing-deadline' });
    const full = toSarifLog(result({ findings: [old, added] }), context()).runs[0]!.results;
    const baselined = toSarifLog(result({ findings: [added] }), context({ baselineKnown: [old] })).runs[0]!.results;
    expect(baselined.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.baselineState])).toEqual([
      [7, 'unchanged'],
      [9, 'new'],
    ]);
    expect(baselined.map((r) => r.partialFingerprints)).toEqual(full.map((r) => r.partialFingerprints));
    expect(full.every((r) => r.baselineState === undefined)).toBe(true);
  });
});
