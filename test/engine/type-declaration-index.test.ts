// typeDeclaration (declared-types.ts) reads each scope's interfaces, type aliases and classes from an index built once:
// for every type name written in a file it answers what a walk of the enclosing scopes' statements answers — the
// first of a name in the nearest scope, through blocks and namespaces, a nameless class passed over.
import { Node, Project, SyntaxKind, type Identifier } from 'ts-morph';
import { expect, it } from 'vitest';
import { typeDeclaration } from '../../rules/engine/declared-types.js';

const SOURCE = `
interface Deps { client: OpenAI }
type Deps = { other: string };
export default class { run(): void {} }
class Agent { deps!: Deps }
namespace Inner {
  interface Deps { inner: Agent }
  export function f(d: Deps, a: Agent): Missing { return d as unknown as Missing; }
}
function g(x: Deps) {
  type Agent = { local: true };
  if (x) { class Deps {} const y: Deps = new Deps(); const z: Agent = { local: true }; return [y, z]; }
  return x as Agent;
}
`;

function walked(name: Identifier): Node | undefined {
  for (let scope: Node | undefined = name.getParent(); scope; scope = scope.getParent()) {
    if (!Node.isSourceFile(scope) && !Node.isBlock(scope) && !Node.isModuleBlock(scope)) continue;
    for (const statement of scope.getStatements()) {
      if ((Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) || Node.isClassDeclaration(statement)) && statement.getName() === name.getText()) return statement;
    }
  }
  return undefined;
}

it('finds the declaration a walk of the enclosing scopes finds', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('/types.ts', SOURCE);
  const names = file.getDescendantsOfKind(SyntaxKind.TypeReference).map((ref) => ref.getTypeName()).filter((n): n is Identifier => Node.isIdentifier(n));
  expect(names.length).toBeGreaterThan(8);
  let found = 0;
  for (const name of names) {
    const expected = walked(name);
    if (expected) found++;
    expect(typeDeclaration(name, undefined), `${name.getText()} at line ${name.getStartLineNumber()}`).toBe(expected);
  }
  expect(found).toBeGreaterThan(6);
});
