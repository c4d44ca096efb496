// A class's members, listed once per class. ts-morph's `getProperty`, `getMethod` and `getConstructors` wrap and
// filter every member of the class on each call, and the engine asks them for every `this.x` it follows: on a
// class of 90 members used through `this` 90 times that was most of a file's analysis. The answers are the
// same as ts-morph's (the first member of that kind whose `getName()` is the name, among `getMembers()`, or among
// `getInstanceMembers()` for the instance lookups).
import {
  Node,
  type ClassDeclaration,
  type ClassExpression,
  type ConstructorDeclaration,
  type GetAccessorDeclaration,
  type MethodDeclaration,
  type ParameterDeclaration,
  type PropertyDeclaration,
  type SetAccessorDeclaration,
} from 'ts-morph';

type ClassLike = ClassDeclaration | ClassExpression;

interface MemberIndex {
  constructors: ConstructorDeclaration[];
  /** The first property declaration of each name (static or not), as `getProperty(name)`. */
  properties: Map<string, PropertyDeclaration>;
  /** The first method declaration of each name (static or not), as `getMethod(name)`. */
  methods: Map<string, MethodDeclaration>;
  /** Names of every member but the constructors. */
  names: Set<string>;
  /** Per name, the first instance member (parameter properties included) and the first static one that holds a value. */
  valued?: { instance: Map<string, ValuedMember>; static: Map<string, ValuedMember> };
  /** Per name, the first instance member of any kind, and the names of the instance methods. */
  instance?: { first: Map<string, InstanceMember>; methods: Set<string> };
}

/** A member `getInstanceMembers()` lists: a field, a parameter property, an accessor or a method. */
export type InstanceMember = ValuedMember | SetAccessorDeclaration;

/** A member a read of `x.name` gets a value from: a field, a parameter property, a getter or a method. */
export type ValuedMember = PropertyDeclaration | ParameterDeclaration | GetAccessorDeclaration | MethodDeclaration;

// Keyed by the wrapper: an edited file is a new SourceFile with new wrappers (Engine.updateFile), so an index
// never outlives the text it was read from.
const indexes = new WeakMap<ClassLike, MemberIndex>();

function indexOf(cls: ClassLike): MemberIndex {
  let index = indexes.get(cls);
  if (index) return index;
  index = { constructors: [], properties: new Map(), methods: new Map(), names: new Set() };
  for (const member of cls.getMembers()) {
    if (Node.isConstructorDeclaration(member)) {
      index.constructors.push(member);
      continue;
    }
    const name = (member as { getName?: () => string }).getName?.();
    if (name === undefined) continue;
    index.names.add(name);
    if (Node.isPropertyDeclaration(member) && !index.properties.has(name)) index.properties.set(name, member);
    else if (Node.isMethodDeclaration(member) && !index.methods.has(name)) index.methods.set(name, member);
  }
  indexes.set(cls, index);
  return index;
}

/** `cls.getProperty(name)`. */
export function classProperty(cls: ClassLike, name: string): PropertyDeclaration | undefined {
  return indexOf(cls).properties.get(name);
}

/** `cls.getMethod(name)` (a static method too). */
export function classMethod(cls: ClassLike, name: string): MethodDeclaration | undefined {
  return indexOf(cls).methods.get(name);
}

/** `cls.getConstructors()`: the implementation, or the overloads of an ambient class. */
export function classConstructors(cls: ClassLike): ReadonlyArray<ConstructorDeclaration> {
  return indexOf(cls).constructors;
}

/** Whether the class declares a member of this name (a constructor is not one). */
export function declaresMemberNamed(cls: ClassLike, name: string): boolean {
  return indexOf(cls).names.has(name);
}

/**
 * The member `this.name` (or `Class.name` when `isStatic`) reads, as a walk of `getInstanceMembers()` (or
 * `getStaticMembers()`) for the first field, parameter property, getter or method of that name finds it.
 */
export function valuedMember(cls: ClassLike, name: string, isStatic: boolean): ValuedMember | undefined {
  const index = indexOf(cls);
  index.valued ??= { instance: firstValued(cls.getInstanceMembers()), static: firstValued(cls.getStaticMembers()) };
  return (isStatic ? index.valued.static : index.valued.instance).get(name);
}

function firstValued(members: ReadonlyArray<Node>): Map<string, ValuedMember> {
  const out = new Map<string, ValuedMember>();
  for (const member of members) {
    if (Node.isConstructorDeclaration(member)) continue;
    if (!(Node.isPropertyDeclaration(member) || Node.isParameterDeclaration(member) || Node.isGetAccessorDeclaration(member) || Node.isMethodDeclaration(member))) continue;
    const name = member.getName();
    if (!out.has(name)) out.set(name, member);
  }
  return out;
}

function instanceIndex(cls: ClassLike): NonNullable<MemberIndex['instance']> {
  const index = indexOf(cls);
  if (index.instance) return index.instance;
  const first = new Map<string, InstanceMember>();
  const methods = new Set<string>();
  for (const member of cls.getInstanceMembers()) {
    if (Node.isConstructorDeclaration(member)) continue;
    const name = member.getName();
    if (!first.has(name)) first.set(name, member);
    if (Node.isMethodDeclaration(member)) methods.add(name);
  }
  return (index.instance = { first, methods });
}

/** `cls.getInstanceMembers().find((m) => m.getName() === name)`: the first instance member of that name, of any kind. */
export function instanceMember(cls: ClassLike, name: string): InstanceMember | undefined {
  return instanceIndex(cls).first.get(name);
}

/** Whether an instance method of this name is among `getInstanceMembers()` (not only the first member of the name). */
export function hasInstanceMethod(cls: ClassLike, name: string): boolean {
  return instanceIndex(cls).methods.has(name);
}
