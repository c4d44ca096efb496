// mayCallByName only spares parsing: every call or `new` a file's index of calls by name would hold under a name must
// pass it (project-model.ts callSitesOf parses an importer only then).
import { Node, Project, SyntaxKind } from 'ts-morph';
import { expect, it } from 'vitest';
import { mayCallByName } from '../../rules/engine/project-model.js';

const SNIPPETS = [
  'refund(1)',
  'refund (1)',
  'refund\n  (1)',
  'refund<Order>(1)',
  'refund?.(1)',
  'refund /* why */ (1)',
  'refund // why\n(1)',
  'billing.refund(1)',
  'billing?.refund(1)',
  'billing.refund<Order>(1)',
  'billing\n  .refund\n  (1)',
  'new Billing()',
  'new Billing',
  'new sdk.Billing()',
  'new sdk.Billing;',
  'new /* c */ Billing(1)',
  'new Billing<Order>()',
  'this.#refund(1)',
  'await import("./refund")',
  '@refund() class A {}',
];

it('passes every text holding a call of the name, as the index files it', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  SNIPPETS.forEach((snippet, i) => {
    const text = snippet.includes('#refund') ? `class K { #refund(n: number) {} run() { ${snippet} } }` : snippet;
    const file = project.createSourceFile(`/s${i}.ts`, text);
    const names = file.getDescendants().flatMap((node) => {
      if (!Node.isCallExpression(node) && !Node.isNewExpression(node)) return [];
      const callee = node.getExpression();
      if (Node.isIdentifier(callee)) return [callee.getText()];
      if (Node.isPropertyAccessExpression(callee)) return [callee.getName()];
      return callee.getKind() === SyntaxKind.ImportKeyword ? ['import'] : [];
    });
    expect(names.length, snippet).toBeGreaterThan(0);
    for (const name of names) expect([snippet, name, mayCallByName(text, name)]).toEqual([snippet, name, true]);
  });
});

it('spares a text that only names a function to hand it on', () => {
  expect(mayCallByName("export { refund } from './refund';", 'refund')).toBe(false);
  expect(mayCallByName("import { refund } from './refund';\nexport const tools = { refund };", 'refund')).toBe(false);
  expect(mayCallByName('const handlers = [refund, charge];', 'refund')).toBe(false);
  expect(mayCallByName('const x = refundAll(1);', 'refund')).toBe(false);
  expect(mayCallByName('anything', '')).toBe(true);
});
