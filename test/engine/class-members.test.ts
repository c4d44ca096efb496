// The class member index (rules/engine/class-members.ts) answers what ts-morph's own lookups answer — the first
// member of the kind with the name, static ones included, overload signatures passed over outside ambient
// code — for every name a class declares and some it does not, and a file edited later gets a fresh index.
import { Node, Project, type ClassDeclaration, type ClassExpression } from 'ts-morph';
import { expect, it } from 'vitest';
import { classConstructors, classMethod, classProperty, declaresMemberNamed, hasInstanceMethod, instanceMember, valuedMember } from '../../rules/engine/class-members.js';

const SOURCE = `
class Base { client = makeClient(); }
export class Agent extends Base {
  client = new OpenAI();
  static client = 'static copy';
  private readonly 'quoted' = 1;
  #secret = fetch;
  [computed] = 2;
  static { init(); }
  get status() { return 1; }
  set status(value: number) {}
  set written(value: number) {}
  run(a: string): void;
  run(a: number): void;
  run(a: unknown) { return this.client.chat.completions.create({ model: 'x' }); }
  static create() { return new Agent('k'); }
  handler = async () => fetch('/x', { method: 'POST' });
  constructor(key: string);
  constructor(public key: string, private http = fetch) { super(); }
}
const Expr = class { send() {} value = 3; constructor() {} };
declare class Ambient { constructor(a: string); constructor(a: number); go(): void; go(a: string): void; }
`;

const NAMES = ['written', 'client', 'quoted', "'quoted'", '#secret', '[computed]', 'status', 'run', 'create', 'handler', 'key', 'http', 'send', 'value', 'go', 'missing', 'constructor'];

function classesOf(project: Project): Array<ClassDeclaration | ClassExpression> {
  const file = project.getSourceFileOrThrow('/agent.ts');
  return [...file.getClasses(), ...file.getDescendants().filter((node): node is ClassExpression => Node.isClassExpression(node))];
}

it('gives the members ts-morph finds, for every name', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  project.createSourceFile('/agent.ts', SOURCE);
  const classes = classesOf(project);
  expect(classes.length).toBe(4);
  for (const cls of classes) {
    for (const name of NAMES) {
      const label = `${cls.getName() ?? 'class expression'}.${name}`;
      expect(classProperty(cls, name), label).toBe(cls.getProperty(name));
      expect(classMethod(cls, name), label).toBe(cls.getMethod(name) ?? cls.getStaticMethod(name));
      const named = cls.getMembers().some((m) => !Node.isConstructorDeclaration(m) && (m as { getName?: () => string }).getName?.() === name);
      expect(declaresMemberNamed(cls, name), label).toBe(named);
      for (const isStatic of [false, true]) {
        const walked = (isStatic ? cls.getStaticMembers() : cls.getInstanceMembers()).find(
          (m) =>
            !Node.isConstructorDeclaration(m) &&
            m.getName() === name &&
            (Node.isPropertyDeclaration(m) || Node.isParameterDeclaration(m) || Node.isGetAccessorDeclaration(m) || Node.isMethodDeclaration(m)),
        );
        expect(valuedMember(cls, name, isStatic), `${label} static ${isStatic}`).toBe(walked);
      }
      const instances = cls.getInstanceMembers();
      expect(instanceMember(cls, name), label).toBe(instances.find((m) => !Node.isConstructorDeclaration(m) && m.getName() === name));
      expect(hasInstanceMethod(cls, name), label).toBe(instances.some((m) => Node.isMethodDeclaration(m) && m.getName() === name));
    }
    expect(classConstructors(cls)).toEqual(cls.getConstructors());
  }
  // The first of two of a name wins, as with ts-morph: the instance field, declared before the static one.
  const agent = classes.find((cls) => cls.getName() === 'Agent')!;
  expect(classProperty(agent, 'client')?.isStatic()).toBe(false);
  expect(classConstructors(agent).length).toBe(1);
  // A parameter property is an instance member; the setter alone is never a value.
  expect(Node.isParameterDeclaration(valuedMember(agent, 'http', false)!)).toBe(true);
  expect(Node.isGetAccessorDeclaration(valuedMember(agent, 'status', false)!)).toBe(true);
  expect(valuedMember(agent, 'create', true)?.getKindName()).toBe('MethodDeclaration');
  expect(valuedMember(agent, 'create', false)).toBeUndefined();
  // Any kind for instanceMember: the setter with no getter is the member `written` names; a static method is not one.
  expect(Node.isSetAccessorDeclaration(instanceMember(agent, 'written')!)).toBe(true);
  expect(instanceMember(agent, 'create')).toBeUndefined();
  expect(hasInstanceMethod(agent, 'run')).toBe(true);
  expect(hasInstanceMethod(agent, 'create')).toBe(false);
});

it('reads an edited file afresh', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  project.createSourceFile('/agent.ts', 'export class Agent { client = 1; }');
  expect(classProperty(classesOf(project)[0]!, 'client')).toBeDefined();
  // As Engine.updateFile does: the old SourceFile goes, a new one is parsed.
  project.removeSourceFile(project.getSourceFileOrThrow('/agent.ts'));
  project.createSourceFile('/agent.ts', 'export class Agent { other = 1; }');
  const edited = classesOf(project)[0]!;
  expect(classProperty(edited, 'client')).toBeUndefined();
  expect(classProperty(edited, 'other')).toBeDefined();
});
