// Job queues whose worker runs a failed job again (test/corpus/README.md question 20): a BullMQ `new Worker(name,
// processor)` re-runs its processor while the job has attempts left. The attempts are set where jobs are made — the
// queue's `defaultJobOptions`, or the options of `queue.add(…)` — usually in other files of the package than the
// worker, so the producers are found by the text of the package's files and met with the worker by queue name: the
// answer does not depend on which files a run names.
import { Node, SyntaxKind, type CallExpression, type Decorator, type NewExpression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { propertyOf, propertyValue, unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { escapeRegExp, moduleMatches } from './match.js';
import type { ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';
import { COMMONJS_MODULE, resolveIdentifier } from './scope.js';
import type { JobQueueRetryFact, TaskRetryFact } from '../knowledge/retry-libraries.js';

/** At most this many files of a package are searched for the queues and the jobs added to them. */
const MAX_QUEUE_FILES = 24;
const MAX_DEPTH = 6;

/** What a job's attempts are: a number, or `unknown` when set to something that cannot be read (taken as more than one). */
type Attempts = number | 'unknown' | undefined;

/** The workers of a file whose jobs are retried: each re-runs its processor. */
export function jobQueueRetriesIn(file: SourceFile, model: ProjectModel): Retry[] {
  const facts = model.knowledge.jobQueueRetries;
  const text = file.getFullText();
  if (!facts.some((fact) => fact.module.some((m) => text.includes(m)))) return [];
  const out: Retry[] = [];
  for (const creation of descendantsOfKind(file, SyntaxKind.NewExpression)) {
    const fact = facts.find((f) => isClassOf(creation, f, f.worker));
    if (!fact) continue;
    const [nameArg, processorArg] = creation.getArguments();
    if (!nameArg || !processorArg) continue;
    const name = literalOf(nameArg, model, 0);
    if (name === undefined) continue;
    const processor = model.functionOfValue(processorArg);
    const inline = unwrap(processorArg);
    const region = processor ?? (Node.isArrowFunction(inline) || Node.isFunctionExpression(inline) ? inline : undefined);
    if (!region) continue;
    const attempts = model.memoize(`job-queue-attempts:${fact.label}:${name}`, creation, () => queueAttempts(name, nameArg, file, fact, model));
    if (!attempts) continue;
    out.push({ region, construct: creation, label: `${fact.label} (a failed job runs again: ${attempts})` });
  }
  for (const fact of facts) out.push(...nestProcessorRetriesIn(file, fact, model));
  return out;
}

/**
 * NestJS's module for the library (`@nestjs/bullmq`): a class decorated `@Processor(name)` is the queue's worker — the
 * module makes `new Worker(name, instance.process.bind(instance))` for it — so its `process(job)` is the processor.
 * Its jobs' attempts are set where they are added, through a queue injected with `@InjectQueue(name)`.
 */
function nestProcessorRetriesIn(file: SourceFile, fact: JobQueueRetryFact, model: ProjectModel): Retry[] {
  const { nest } = fact;
  if (!nest.module.some((m) => file.getFullText().includes(m))) return [];
  const out: Retry[] = [];
  for (const cls of descendantsOfKind(file, SyntaxKind.ClassDeclaration)) {
    const decorator = cls.getDecorators().find((d) => isNestDecorator(d, nest.module, nest.processor));
    const nameArg = decorator ? queueNameArgument(decorator, model) : undefined;
    const name = nameArg ? literalOf(nameArg, model, 0) : undefined;
    const method = cls.getInstanceMethod(nest.method);
    if (!decorator || !nameArg || name === undefined || !method?.getBody()) continue;
    const attempts = model.memoize(`nest-queue-attempts:${fact.label}:${name}`, cls, () => injectedQueueAttempts(name, nameArg, file, fact, model));
    if (!attempts) continue;
    out.push({ region: method, construct: decorator, label: `${nest.label} (a failed job runs again: ${attempts})` });
  }
  return out;
}

/** `@Processor('name')`, `@Processor(QUEUE)` or `@Processor({ name })`: the node naming the queue. */
function queueNameArgument(decorator: Decorator, model: ProjectModel): Node | undefined {
  const [first] = decorator.getArguments();
  if (!first) return undefined;
  const object = objectOf(first, model);
  return object ? propertyValue(propertyOf(object, 'name')) : first;
}

/** A decorator `@X(…)` with `X` imported from one of `modules` under `exportName`. */
function isNestDecorator(decorator: Decorator, modules: ReadonlyArray<string>, exportName: string): boolean {
  const call = decorator.getCallExpression();
  const callee = call ? unwrap(call.getExpression()) : undefined;
  if (!callee || !Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  return binding.kind === 'import' && binding.exportName === exportName && moduleMatches(modules, binding.module);
}

/**
 * The attempts the jobs of a NestJS-injected queue are added with, described, or undefined when none above one: the
 * `add(jobName, data, options)` and `addBulk([{ name, data, opts }])` calls on a class member injected with
 * `@InjectQueue(name)`, in the files of the processor's package that name the queue.
 */
function injectedQueueAttempts(name: string, nameArg: Node, from: SourceFile, fact: JobQueueRetryFact, model: ProjectModel): string | undefined {
  const { nest } = fact;
  const spelled = unwrap(nameArg);
  const lastName = Node.isPropertyAccessExpression(spelled) ? spelled.getName() : Node.isIdentifier(spelled) ? spelled.getText() : undefined;
  const naming = new RegExp([`['"\`]${escapeRegExp(name)}['"\`]`, ...(lastName ? [`\\b${lastName}\\b`] : [])].join('|'));
  const adds: Array<{ attempts: Attempts; at: Node }> = [];
  for (const path of model.filesMatchingBoth(from.getFilePath(), new RegExp(`@${nest.inject}\\s*\\(`), naming).slice(0, MAX_QUEUE_FILES)) {
    const file = model.fileAt(path);
    if (!file) continue;
    for (const decorator of descendantsOfKind(file, SyntaxKind.Decorator)) {
      if (!isNestDecorator(decorator, nest.module, nest.inject)) continue;
      const [queueName] = decorator.getArguments();
      if (!queueName || literalOf(queueName, model, 0) !== name) continue;
      const holder = decorator.getParent();
      const member = Node.isParameterDeclaration(holder) || Node.isPropertyDeclaration(holder) ? holder.getName() : undefined;
      const cls = holder?.getFirstAncestorByKind(SyntaxKind.ClassDeclaration);
      if (!member || !cls) continue;
      for (const call of descendantsOfKind(cls, SyntaxKind.CallExpression)) {
        const callee = unwrap(call.getExpression());
        if (!Node.isPropertyAccessExpression(callee) || !fact.addMethods.includes(callee.getName())) continue;
        const queue = unwrap(callee.getExpression());
        if (!Node.isPropertyAccessExpression(queue) || queue.getName() !== member || queue.getExpression().getKind() !== SyntaxKind.ThisKeyword) continue;
        adds.push({ attempts: addedAttempts(call, callee.getName(), fact, model), at: call });
      }
    }
  }
  const more = adds.find((add) => add.attempts === 'unknown' || (typeof add.attempts === 'number' && add.attempts > 1));
  return more ? `attempts ${more.attempts === 'unknown' ? 'set' : more.attempts} where a job is added, ${where(more.at)}` : undefined;
}

/**
 * The attempts one `add`/`addBulk` call sets: `add`'s options argument, or the `opts` of the jobs an `addBulk` list holds
 * (an array literal, or the objects a `.map(…)` callback returns); undefined when it sets none or cannot be read.
 */
function addedAttempts(call: CallExpression, method: string, fact: JobQueueRetryFact, model: ProjectModel): Attempts {
  if (method === 'add') {
    const options = call.getArguments()[2];
    return options ? attemptsIn(options, fact.attemptsOption, model) : undefined;
  }
  const list = call.getArguments()[0];
  const held = list ? valueOf(list, model, 0) : undefined;
  const jobs = !held ? [] : Node.isArrayLiteralExpression(held) ? held.getElements() : mappedObjects(held);
  let found: Attempts;
  for (const job of jobs) {
    const object = objectOf(job, model);
    const opts = object ? propertyIn(object, 'opts', model, 0) : undefined;
    const attempts = opts ? attemptsIn(opts, fact.attemptsOption, model) : undefined;
    if (attempts === 'unknown' || (typeof attempts === 'number' && (found === undefined || (typeof found === 'number' && attempts > found)))) found = attempts;
  }
  return found;
}

/** `items.map((item) => ({ … }))`: the object literal the callback returns. */
function mappedObjects(value: Node): Node[] {
  if (!Node.isCallExpression(value)) return [];
  const callee = unwrap(value.getExpression());
  const callback = value.getArguments()[0] ? unwrap(value.getArguments()[0]!) : undefined;
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'map' || !callback || !Node.isArrowFunction(callback)) return [];
  const body = unwrap(callback.getBody());
  if (Node.isObjectLiteralExpression(body)) return [body];
  return descendantsOfKind(callback, SyntaxKind.ReturnStatement).map((r) => r.getExpression()).filter((e): e is import('ts-morph').Expression => e !== undefined);
}

/** Whether `new X(…)` makes the class `exportName` of the fact's module. */
function isClassOf(creation: NewExpression, fact: JobQueueRetryFact, exportName: string): boolean {
  const made = unwrap(creation.getExpression());
  if (Node.isIdentifier(made)) {
    const binding = resolveIdentifier(made);
    return binding.kind === 'import' && binding.exportName === exportName && moduleMatches(fact.module, binding.module);
  }
  // `new bullmq.Worker(…)` of a namespace import or a whole required module.
  if (Node.isPropertyAccessExpression(made) && made.getName() === exportName) {
    const holder = unwrap(made.getExpression());
    if (!Node.isIdentifier(holder)) return false;
    const binding = resolveIdentifier(holder);
    return binding.kind === 'import' && (binding.exportName === '*' || binding.exportName === COMMONJS_MODULE) && moduleMatches(fact.module, binding.module);
  }
  return false;
}

/**
 * How many attempts the jobs of a queue get, described for the message, or undefined when one: the queue's
 * `defaultJobOptions.attempts`, unless every job added to it that was found sets its own; any job added with more.
 */
function queueAttempts(name: string, nameArg: Node, from: SourceFile, fact: JobQueueRetryFact, model: ProjectModel): string | undefined {
  // Files that make a queue and name this one: by its literal, or by the name the worker's argument ends in (a const, an enum member).
  const within = new RegExp(`\\bnew\\s+(?:\\w+\\.)?${fact.queue}\\b`);
  const spelled = unwrap(nameArg);
  const lastName = Node.isPropertyAccessExpression(spelled) ? spelled.getName() : Node.isIdentifier(spelled) ? spelled.getText() : undefined;
  const naming = new RegExp([`['"\`]${escapeRegExp(name)}['"\`]`, ...(lastName ? [`\\b${lastName}\\b`] : [])].join('|'));
  const queues: NewExpression[] = [];
  for (const path of model.filesMatchingBoth(from.getFilePath(), within, naming).slice(0, MAX_QUEUE_FILES)) {
    const file = model.fileAt(path);
    if (!file) continue;
    for (const creation of descendantsOfKind(file, SyntaxKind.NewExpression)) {
      if (!isClassOf(creation, fact, fact.queue)) continue;
      const queueName = creation.getArguments()[0];
      if (queueName && literalOf(queueName, model, 0) === name) queues.push(creation);
    }
  }
  if (queues.length === 0) return undefined;
  // The jobs added to those queues: files that call an add method and name a queue.
  const adds: Array<{ attempts: Attempts; at: Node }> = [];
  const addText = new RegExp(`\\.(?:${fact.addMethods.join('|')})\\s*\\(`);
  const names = queues.flatMap((queue) => {
    const holder = queue.getParentIfKind(SyntaxKind.VariableDeclaration)?.getName();
    const module = queue.getSourceFile().getBaseNameWithoutExtension();
    return [...(holder ? [`\\b${holder}\\b`] : []), `['"\`][^'"\`]*\\b${escapeRegExp(module)}['"\`]`];
  });
  for (const path of model.filesMatchingBoth(from.getFilePath(), addText, new RegExp(names.join('|'))).slice(0, MAX_QUEUE_FILES)) {
    const file = model.fileAt(path);
    if (!file) continue;
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = unwrap(call.getExpression());
      if (!Node.isPropertyAccessExpression(callee) || !fact.addMethods.includes(callee.getName())) continue;
      const queue = valueOf(callee.getExpression(), model, 0);
      if (!queue || !queues.includes(queue as NewExpression)) continue;
      adds.push({ attempts: addedAttempts(call, callee.getName(), fact, model), at: call });
    }
  }
  const more = adds.find((add) => add.attempts === 'unknown' || (typeof add.attempts === 'number' && add.attempts > 1));
  if (more) return `attempts ${more.attempts === 'unknown' ? 'set' : more.attempts} where a job is added, ${where(more.at)}`;
  for (const queue of queues) {
    const queueOptions = objectOf(queue.getArguments()[1], model);
    const defaults = queueOptions ? propertyIn(queueOptions, fact.defaultOptions, model, 0) : undefined;
    const attempts = defaults ? attemptsIn(defaults, fact.attemptsOption, model) : undefined;
    if (attempts === undefined || (typeof attempts === 'number' && attempts <= 1)) continue;
    // Every job found sets its own attempts (to one or fewer): the queue's default is not what they run with.
    if (adds.length > 0 && adds.every((add) => add.attempts !== undefined)) continue;
    return `the queue's ${fact.defaultOptions} set attempts ${attempts === 'unknown' ? '' : attempts}, ${where(queue)}`.replace(/attempts ,/, 'attempts,');
  }
  return undefined;
}

function where(node: Node): string {
  const path = node.getSourceFile().getFilePath();
  return `${path.slice(path.lastIndexOf('/') + 1)}:${node.getStartLineNumber()}`;
}

/** The attempts an options object sets (through spreads and names of other files); undefined when it sets none. */
function attemptsIn(options: Node, option: string, model: ProjectModel): Attempts {
  const object = objectOf(options, model);
  if (!object) return 'unknown';
  const value = propertyIn(object, option, model, 0);
  if (value === undefined) return hasUnreadSpread(object, model) ? 'unknown' : undefined;
  const read = valueOf(value, model, 0);
  return read && Node.isNumericLiteral(read) ? Number(read.getLiteralValue()) : 'unknown';
}

/** A property of an object literal, also through spreads of objects that can be read (a shared options const). */
function propertyIn(object: ObjectLiteralExpression, name: string, model: ProjectModel, depth: number): Node | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let found: Node | undefined;
  // The last one written wins: `{ ...DEFAULTS, attempts: 1 }`.
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const inner = objectOf(property.getExpression(), model, depth + 1);
      const value = inner ? propertyIn(inner, name, model, depth + 1) : undefined;
      if (value) found = value;
    } else if (propertyOf(object, name) === property) {
      found = propertyValue(property);
    }
  }
  return found;
}

function hasUnreadSpread(object: ObjectLiteralExpression, model: ProjectModel): boolean {
  return object.getProperties().some((p) => Node.isSpreadAssignment(p) && !objectOf(p.getExpression(), model));
}

function objectOf(node: Node | undefined, model: ProjectModel, depth = 0): ObjectLiteralExpression | undefined {
  const value = node ? valueOf(node, model, depth) : undefined;
  return value && Node.isObjectLiteralExpression(value) ? value : undefined;
}

/**
 * What an expression holds, followed through consts, imports (also `require`), object members and enum members
 * (bounded): an object literal, a literal, a `new` expression. Undefined when it cannot be read.
 */
function valueOf(node: Node, model: ProjectModel, depth: number): Node | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = unwrap(node);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind === 'import' && binding.exportName === COMMONJS_MODULE) {
      // `const queue = require('../queues/x')`: what the module assigns to module.exports.
      const file = model.sourceFileForImport(value.getSourceFile(), binding.module);
      const exported = file ? model.moduleExportsValue(file) : undefined;
      return exported ? valueOf(exported, model, depth + 1) : undefined;
    }
    const declaration = model.declarationOfName(value);
    if (declaration && Node.isVariableDeclaration(declaration)) {
      const init = declaration.getInitializer();
      return init ? valueOf(init, model, depth + 1) : undefined;
    }
    if (declaration && Node.isEnumMember(declaration)) return declaration.getInitializer();
    return undefined;
  }
  if (Node.isPropertyAccessExpression(value)) {
    const holder = unwrap(value.getExpression());
    if (Node.isIdentifier(holder)) {
      const declaration = model.declarationOfName(holder);
      if (declaration && Node.isEnumDeclaration(declaration)) return declaration.getMember(value.getName())?.getInitializer();
    }
    const object = objectOf(holder, model, depth + 1);
    const member = object ? propertyValue(propertyOf(object, value.getName())) : undefined;
    return member ? valueOf(member, model, depth + 1) : undefined;
  }
  return value;
}

/** The string a queue's name argument holds: a literal, or a const, enum member or object member that holds one. */
function literalOf(node: Node, model: ProjectModel, depth: number): string | undefined {
  const value = valueOf(node, model, depth);
  if (value && (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value))) return value.getLiteralValue();
  return undefined;
}

/**
 * Trigger.dev tasks whose run is attempted again (README questions 57, 87): a task's `run` re-runs after it throws, and
 * after an attempt lost under it (a crash, a non-zero exit, SIGTERM, an evicted or stalled execution), up to its
 * `maxAttempts` — the task's own `retry.maxAttempts`, or the `retries.default.maxAttempts` the package's
 * `trigger.config` sets for every task without retry settings. Neither set: not taken as a retry.
 */
export function taskRetriesIn(file: SourceFile, model: ProjectModel): Retry[] {
  const facts = model.knowledge.taskRetries;
  const text = file.getFullText();
  if (!facts.some((fact) => fact.module.some((m) => text.includes(m)))) return [];
  const out: Retry[] = [];
  for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) continue;
    const origin = model.resolveCall(call);
    const fact = origin && facts.find((f) => moduleMatches(f.module, origin.module) && f.factories.includes([origin.exportName, ...origin.path].join('.')));
    if (!fact) continue;
    const options = objectOf(call.getArguments()[0], model);
    const run = options ? propertyValue(propertyOf(options, fact.runOption)) : undefined;
    const region = run ? model.functionOfValue(run) ?? (Node.isArrowFunction(unwrap(run)) || Node.isFunctionExpression(unwrap(run)) || Node.isMethodDeclaration(run) ? unwrap(run) : undefined) : undefined;
    if (!options || !region) continue;
    const own = propertyIn(options, fact.retryOption, model, 0);
    let attempts: string | undefined;
    if (fact.countsRetries) {
      // `retries: 3`: the option is the count of runs after the first.
      const read = own ? valueOf(own, model, 0) : undefined;
      const retries = read && Node.isNumericLiteral(read) ? Number(read.getLiteralValue()) : own ? 'unknown' : undefined;
      if (retries === undefined || (typeof retries === 'number' && retries <= 0)) continue;
      attempts = `${fact.retryOption} ${retries === 'unknown' ? 'set' : retries}`;
      out.push({ region, construct: call, label: `${fact.label} (a failed attempt runs again: ${attempts})` });
      continue;
    }
    const ownObject = own ? objectOf(own, model) : undefined;
    const ownCount = ownObject && fact.countOption ? attemptsIn(ownObject, fact.countOption, model) : undefined;
    if (ownCount !== undefined) {
      if (typeof ownCount === 'number' && ownCount <= 1) continue;
      attempts = `${fact.retryOption}.${fact.countOption} ${ownCount === 'unknown' ? 'set' : ownCount}`;
    } else {
      attempts = model.memoize(`task-config-attempts:${fact.label}`, file, () => configAttempts(file, fact, model));
    }
    if (!attempts) continue;
    out.push({ region, construct: call, label: `${fact.label} (a failed or lost attempt runs again: ${attempts})` });
  }
  return out;
}

/**
 * The `maxAttempts` a package's `trigger.config` sets as every task's default, described, or undefined when none above
 * one: the object handed to `defineConfig(…)`, or the older v3 form `export const config: TriggerConfig = { … }`.
 */
function configAttempts(from: SourceFile, fact: TaskRetryFact, model: ProjectModel): string | undefined {
  if (!fact.configPath || !fact.configFile || !fact.countOption) return undefined;
  const [outer, ...inner] = fact.configPath;
  const naming = new RegExp(`\\b(?:${fact.configFactory}|${fact.configType})\\b`);
  for (const path of model.filesMatchingBoth(from.getFilePath(), naming, new RegExp(`\\b${fact.countOption}\\b`)).slice(0, MAX_QUEUE_FILES)) {
    if (!fact.configFile.test(path.slice(path.lastIndexOf('/') + 1))) continue;
    const file = model.fileAt(path);
    if (!file) continue;
    for (const config of configObjects(file, fact)) {
      let object = objectOf(config, model);
      for (const name of [outer!, ...inner]) object = object ? objectOf(propertyIn(object, name, model, 0), model) : undefined;
      const attempts = object ? attemptsIn(object, fact.countOption, model) : undefined;
      if (attempts === undefined || (typeof attempts === 'number' && attempts <= 1)) return undefined;
      return `${fact.configPath.join('.')}.${fact.countOption} ${attempts === 'unknown' ? 'set' : attempts}, ${where(config)}`;
    }
  }
  return undefined;
}

/** `defineConfig({ … })`'s argument, and the initializer of a variable typed `TriggerConfig`. */
function configObjects(file: SourceFile, fact: TaskRetryFact): Node[] {
  const out: Node[] = [];
  for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    const argument = call.getArguments()[0];
    if (Node.isIdentifier(callee) && callee.getText() === fact.configFactory && argument) out.push(argument);
  }
  for (const declaration of descendantsOfKind(file, SyntaxKind.VariableDeclaration)) {
    const initializer = declaration.getInitializer();
    if (initializer && declaration.getTypeNode()?.getText() === fact.configType) out.push(initializer);
  }
  return out;
}
