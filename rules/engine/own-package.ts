// A package's own sources are that package: in @coinbase/agentkit's repository an action provider types
// its parameter with `EvmWalletProvider` imported from '../../wallet-providers', which is the class
// users import from '@coinbase/agentkit'. A project import is read as the package named by the nearest
// package.json above the file it resolves to, when that name is one the knowledge tables know.
import { dirname } from 'node:path';
import { Node, type CallExpression } from 'ts-morph';
import { unwrap, type ValueOrigin } from './callee.js';
import type { ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';

/** The origin with its module read as the package whose sources it comes from, or undefined when it is not one. */
export function asOwnPackage(origin: ValueOrigin, at: Node, model: ProjectModel, known: ReadonlySet<string>): ValueOrigin | undefined {
  if (!origin.module.startsWith('.') && !model.modules.isProjectSpecifier(origin.module)) return undefined;
  const from = (origin.clientDeclaration ?? at).getSourceFile().getFilePath();
  const file = model.resolveModule(from, origin.module);
  const name = file ? model.packageNameAbove(dirname(file)) : undefined;
  return name && known.has(name) ? { ...origin, module: name } : undefined;
}

/**
 * The callee of `walletProvider.sendTransaction(…)` when the receiver is declared with a type imported from a
 * project module (`walletProvider: EvmWalletProvider`): an instance of that export, member path after it.
 * Callee resolution leaves project types to the project's own code; this reads them as a package's when the
 * package is one the tables know (asOwnPackage).
 */
export function typedReceiverOrigin(call: CallExpression): ValueOrigin | undefined {
  const path: string[] = [];
  let target = unwrap(call.getExpression());
  while (Node.isPropertyAccessExpression(target)) {
    path.unshift(target.getName());
    target = unwrap(target.getExpression());
  }
  if (!Node.isIdentifier(target) || path.length === 0) return undefined;
  const binding = resolveIdentifier(target);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  if (!Node.isParameterDeclaration(declaration) && !Node.isPropertyDeclaration(declaration) && !Node.isVariableDeclaration(declaration)) return undefined;
  const typeNode = declaration.getTypeNode();
  if (!typeNode || !Node.isTypeReference(typeNode)) return undefined;
  const name = typeNode.getTypeName();
  if (!Node.isIdentifier(name)) return undefined;
  const type = resolveIdentifier(name);
  if (type.kind !== 'import' || type.exportName === '*') return undefined;
  return { module: type.module, exportName: type.exportName, path, instance: true, clientDeclaration: declaration, confidence: 'high' };
}
