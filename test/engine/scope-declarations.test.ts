// scope.ts finds the declaration a name stands for by testing each scope's statements on the compiler's nodes and
// wrapping only those that may declare it (statementsDeclaring): every form of declaration a file, block or case clause
// holds must still be found, the first that declares the name must win, and a statement merely mentioning the name
// must not stand for it.
import { Node, Project, SyntaxKind, type Identifier } from 'ts-morph';
import { expect, it } from 'vitest';
import { COMMONJS_MODULE, resolveIdentifier, type Binding } from '../../rules/engine/scope.js';

const TEXT = `
import Ledger, { charge as chargeCard, refund } from 'payments-sdk';
import * as mailer from 'mail-sdk';
import legacyQueue = require('legacy-queue');
const { region, limits: [, burstLimit] } = settings();
const [, secondShard] = shards();
const store = require('kv-store');
const { put } = require('kv-store');
function audit() {}
class Reporter {}
enum Mode { Live }
namespace Tools { export const ping = 1; }
var attempts = 1;
var attempts = 2;
refund;

use(Ledger, chargeCard, refund, mailer, legacyQueue, region, burstLimit, secondShard, store, put, audit, Reporter, Mode, Tools, attempts, unknownName);

function handler(kind: string) {
  {
    const refund = () => 0;
    use(refund);
  }
  switch (kind) {
    case 'a':
      const mailer = 1;
      use(mailer);
  }
}
`;

function describe(binding: Binding): string {
  if (binding.kind === 'global') return `global ${binding.name}`;
  const declaration = binding.declaration;
  const at = `${declaration.getKindName()}@${declaration.getStartLineNumber()}`;
  return binding.kind === 'import' ? `import ${binding.module} ${binding.exportName} ${at}` : `local ${at}`;
}

it('finds each form of declaration of a file, block and case clause, the first one winning', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('/agent.ts', TEXT);
  const uses = file.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => call.getExpression().getText() === 'use');
  const resolved = uses.map((call) => call.getArguments().map((arg) => `${arg.getText()}: ${describe(resolveIdentifier(arg as Identifier))}`));
  expect(resolved).toEqual([
    [
      'Ledger: import payments-sdk default ImportDeclaration@2',
      'chargeCard: import payments-sdk charge ImportSpecifier@2',
      'refund: import payments-sdk refund ImportSpecifier@2',
      'mailer: import mail-sdk * ImportDeclaration@3',
      `legacyQueue: import legacy-queue ${COMMONJS_MODULE} ImportEqualsDeclaration@4`,
      'region: local BindingElement@5',
      'burstLimit: local BindingElement@5',
      'secondShard: local BindingElement@6',
      `store: import kv-store ${COMMONJS_MODULE} VariableDeclaration@7`,
      'put: import kv-store put BindingElement@8',
      'audit: local FunctionDeclaration@9',
      'Reporter: local ClassDeclaration@10',
      'Mode: local EnumDeclaration@11',
      'Tools: local ModuleDeclaration@12',
      'attempts: local VariableDeclaration@13',
      'unknownName: global unknownName',
    ],
    ['refund: local VariableDeclaration@21'],
    ['mailer: local VariableDeclaration@26'],
  ]);
  // A statement that only mentions a name declares nothing: `refund;` at the top does not hide the import.
  const mention = file.getStatements().find((statement) => Node.isExpressionStatement(statement) && statement.getText() === 'refund;')!;
  expect(describe(resolveIdentifier(mention.getFirstDescendantByKindOrThrow(SyntaxKind.Identifier)))).toBe('import payments-sdk refund ImportSpecifier@2');
});
