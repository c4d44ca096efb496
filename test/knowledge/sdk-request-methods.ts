// Reads an installed SDK's own declarations and lists every method of its client that makes a request:
// the member path from the client (`beta.threads.runs.create`) and the index of the argument that takes
// the request options (`RequestOptions`), per overload. The knowledge tables are checked against this.
// Run `node dist/test/knowledge/sdk-request-methods.js openai` to print the table for a package.
import { join } from 'node:path';
import { Node, Project, type ClassDeclaration, type Type } from 'ts-morph';

export interface RequestMethod {
  path: string;
  /** Indexes of the `RequestOptions` parameter across the method's overloads. */
  optionsArgs: number[];
}

const clients: Record<string, { file: string; className: string }> = {
  openai: { file: 'client.d.ts', className: 'OpenAI' },
  '@anthropic-ai/sdk': { file: 'client.d.ts', className: 'Anthropic' },
};

export function requestMethodsOf(pkg: string, fromDir: string): RequestMethod[] {
  const spec = clients[pkg];
  if (!spec) throw new Error(`no client declared for ${pkg}`);
  return requestMethodsIn(join(fromDir, 'node_modules', pkg, spec.file), spec.className);
}

/** The same from any entry file declaring the client class (an installed package, or an SDK's sources at a tag). */
export function requestMethodsIn(entry: string, className: string): RequestMethod[] {
  const project = new Project({ compilerOptions: { skipLibCheck: true, types: [] }, skipAddingFilesFromTsConfig: true });
  const file = project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  const client = file.getClassOrThrow(className);
  const out: RequestMethod[] = [];
  walk(client, [], out, new Set());
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function walk(cls: ClassDeclaration, prefix: string[], out: RequestMethod[], seen: Set<ClassDeclaration>): void {
  if (seen.has(cls) || prefix.length > 6) return;
  seen.add(cls);
  for (let current: ClassDeclaration | undefined = cls; current; current = current.getBaseClass()) {
    for (const property of current.getProperties()) {
      if (property.getName().startsWith('_') || property.getName().startsWith('#')) continue;
      const resource = resourceClass(property.getType());
      if (resource) walk(resource, [...prefix, property.getName()], out, seen);
    }
    if (prefix.length === 0) continue; // the client's own request helpers (get/post/request) are not SDK methods
    // In declarations every overload is its own method declaration: merge them by name.
    const byName = new Map<string, Set<number>>();
    for (const method of current.getMethods()) {
      const name = method.getName();
      if (name.startsWith('_') || name.startsWith('#') || method.getScope() === 'private' || method.getScope() === 'protected') continue;
      const indexes = byName.get(name) ?? new Set<number>();
      method.getParameters().forEach((parameter, index) => {
        if (isRequestOptions(parameter.getType())) indexes.add(index);
      });
      byName.set(name, indexes);
    }
    for (const [name, indexes] of byName) {
      const path = [...prefix, name].join('.');
      if (indexes.size && !out.some((m) => m.path === path)) out.push({ path, optionsArgs: [...indexes].sort() });
    }
  }
  seen.delete(cls);
}

/** The SDK's request options: a type (or a type parameter's constraint) that takes `signal` and `timeout` or `headers`. */
function isRequestOptions(type: Type): boolean {
  const plain = type.isTypeParameter() ? type.getConstraint() ?? type : type;
  const parts = plain.isUnion() ? plain.getUnionTypes() : [plain];
  return parts.some((part) => {
    const apparent = part.getApparentType();
    return apparent.getProperty('signal') !== undefined && (apparent.getProperty('timeout') !== undefined || apparent.getProperty('headers') !== undefined);
  });
}

function resourceClass(type: Type): ClassDeclaration | undefined {
  const declaration = type.getSymbol()?.getDeclarations()[0];
  if (!declaration || !Node.isClassDeclaration(declaration)) return undefined;
  for (let current: ClassDeclaration | undefined = declaration; current; current = current.getBaseClass()) {
    if (current.getName() === 'APIResource') return declaration;
  }
  return undefined;
}

/** Merges method tables (the installed version first, older versions after): each path's option indexes are the union. */
export function mergeMethods(tables: RequestMethod[][]): Map<string, number[]> {
  const merged = new Map<string, Set<number>>();
  for (const table of tables) {
    for (const method of table) {
      const set = merged.get(method.path) ?? new Set<number>();
      method.optionsArgs.forEach((i) => set.add(i));
      merged.set(method.path, set);
    }
  }
  return new Map([...merged].sort(([a], [b]) => a.localeCompare(b)).map(([path, set]) => [path, [...set].sort()]));
}

// Regenerating a table: npx tsx test/knowledge/sdk-request-methods.ts <package> <exportName> [<older entry file>:<ClassName>:<version> ...]
// (older versions' sources come from the SDK's repository at a tag: `git archive <tag> src | tar -x -C dir`).
if (process.argv[1]?.endsWith('sdk-request-methods.ts')) {
  const [pkg = 'openai', exportName = 'openaiRequestMethods', ...older] = process.argv.slice(2);
  const installed = requestMethodsOf(pkg, process.cwd());
  const legacy = older.map((spec) => {
    const [entry, className, version] = spec.split(':');
    return { version: version!, methods: requestMethodsIn(entry!, className!) };
  });
  const merged = mergeMethods([installed, ...legacy.map((l) => l.methods)]);
  const versions = legacy.map((l) => l.version).join(', ');
  console.log(`// Generated by test/knowledge/sdk-request-methods.ts: every request method of the ${pkg} client (member path from the
// client) and the argument index(es) taking its request options, read from the installed ${pkg}'s declarations${versions ? `
// and from the SDK's own sources at ${versions} (older paths and argument orders real code still uses)` : ''}.
// test/knowledge/sdk-request-methods.test.ts checks it against the installed package.
export const ${exportName}: Record<string, number[]> = {`);
  for (const [path, indexes] of merged) console.log(`  '${path}': [${indexes.join(', ')}],`);
  console.log('};');
}
