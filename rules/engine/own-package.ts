// A package's own sources are that package: in @coinbase/agentkit's repository an action provider types
// its parameter with `EvmWalletProvider` imported from '../../wallet-providers', which is the class
// users import from '@coinbase/agentkit'. A project import is read as the package named by the nearest
// package.json above the file it resolves to, when that name is one the knowledge tables know.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValueOrigin } from './callee.js';
import type { ProjectModel } from './project-model.js';
import type { Node } from 'ts-morph';

const nameByFolder = new Map<string, string | null>();

/** The origin with its module read as the package whose sources it comes from, or undefined when it is not one. */
export function asOwnPackage(origin: ValueOrigin, at: Node, model: ProjectModel, known: ReadonlySet<string>): ValueOrigin | undefined {
  if (!model.modules.isProjectSpecifier(origin.module)) return undefined;
  const from = (origin.clientDeclaration ?? at).getSourceFile().getFilePath();
  const file = model.modules.resolve(from, origin.module);
  const name = file ? packageNameAbove(dirname(file)) : undefined;
  return name && known.has(name) ? { ...origin, module: name } : undefined;
}

function packageNameAbove(folder: string): string | undefined {
  const seen: string[] = [];
  let name: string | null | undefined;
  for (let dir = folder; ; dir = dirname(dir)) {
    name = nameByFolder.get(dir);
    if (name !== undefined) break;
    seen.push(dir);
    try {
      const parsed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (typeof parsed.name === 'string') {
        name = parsed.name;
        break;
      }
    } catch {
      // no package.json here (or not JSON): look further up
    }
    if (dirname(dir) === dir) {
      name = null;
      break;
    }
  }
  for (const dir of seen) nameByFolder.set(dir, name ?? null);
  return name ?? undefined;
}
