// What an SQL INSERT written out as text does to the rows its key names, seen from the call that runs it: whether the
// key a conflict clause relies on is made fresh on each call (so nothing ever conflicts), and whether the insert
// replaces the active row for its key that the same function marks superseded just before (a versioned set).
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import { objectLiteralOf, propertyOf, propertyValue, unwrap } from './callee.js';
import { saysFound } from './dedupe-guards.js';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier, returnedExpressionsOf } from './scope.js';
import { isFreshValue, parameterIndex, stringValue, type ParamRef } from './write-keys.js';

const INSERT = /insert\s+(?:(?:or\s+\w+|ignore)\s+)?into\s+["`]?(?:\w+["`]?\.["`]?)?(\w+)["`]?\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)/i;
/** Columns named as a record's key: `id`, `uuid`, `email`, `slug`, `external_id`, `idempotency_key`, `content_hash`. */
const KEY_COLUMN = /^(?:id|uuid|key|slug|email|hash)$|_(?:id|key|uuid|hash|slug)$/i;
/** Statement runners of a prepared statement: better-sqlite3 / node:sqlite `prepare(sql).run(params)`, D1 `bind`. */
const PREPARED_RUN = /^(run|get|all|iterate|bind|execute)$/;

/**
 * Whether an insert's conflict key is bound to a value made fresh on each call (test/corpus/README.md question 15):
 * `ON CONFLICT (id)` with `id` bound to `randomUUID()`, or an `INSERT OR IGNORE` / `ON CONFLICT DO NOTHING` that names
 * no target, whose `id` column takes `input.id ?? newId()` while every other key column takes a value the call may leave
 * out (`input.email ?? null`: a NULL conflicts with nothing) — the statement conflicts with nothing a repeat sends.
 */
export function freshConflictKey(text: string, call: CallExpression, model: ProjectModel): boolean {
  return conflictKeyWhere(text, call, model, (value) => isFresh(value, model)) !== undefined;
}

/**
 * The value an insert's conflict key is bound to when it is a parameter of the function running the statement, or a
 * property of one: `INSERT OR REPLACE INTO entries (id, …) VALUES (?, …)` with `[entry.id, …]` in `save(entry)`, also
 * through a project function that builds the statement object (`execute(this.entryStatement(entry))`). Each caller's
 * value decides whether a repeat rewrites one record or adds a new one (`save({ id: randomUUID(), … })`).
 */
export function conflictKeyParameter(text: string, call: CallExpression, model: ProjectModel): { key: Node; from: ParamRef } | undefined {
  const key = conflictKeyWhere(text, call, model, (value) => value !== undefined && parameterIndex(value) !== undefined);
  const ref = key ? parameterIndex(key) : undefined;
  if (!key || !ref) return undefined;
  const made = builtStatement(call.getArguments()[0], model)?.made;
  if (!made) return { key, from: ref };
  // A parameter of the function that built the statement: the argument the running function handed it.
  const handed = made.getArguments()[ref.index];
  const outer = handed ? parameterIndex(handed) : undefined;
  if (!outer || (outer.property && ref.property)) return undefined;
  return { key, from: { index: outer.index, property: outer.property ?? ref.property } };
}

/** The value of the insert's conflict key that `holds` for, the key the conflict clause names (or `id` with none named). */
function conflictKeyWhere(text: string, call: CallExpression, model: ProjectModel, holds: (value: Node | undefined) => boolean): Node | undefined {
  const insert = INSERT.exec(text);
  if (!insert) return undefined;
  const names = (list: string) => list.split(',').map((c) => c.trim().replace(/["`]/g, '').toLowerCase());
  const columns = names(insert[2]!);
  const placeholders = insert[3]!.split(',').map((p) => p.trim());
  const value = (column: string) => boundValue(placeholders, columns.indexOf(column), call, model);
  const target = /on\s+conflict\s*\(([^)]*)\)/i.exec(text);
  if (target) return names(target[1]!).map(value).find(holds);
  if (!/\bon\s+conflict\s+do\s+nothing\b|\binsert\s+(?:or\s+(?:ignore|replace)|ignore)\s+into\b/i.test(text)) return undefined;
  const keys = declaredKeyColumns(insert[1]!, call, model) ?? columns.filter((column) => KEY_COLUMN.test(column));
  const id = value('id');
  if (!keys.includes('id') || !holds(id)) return undefined;
  return keys.every((column) => column === 'id' || mayBeLeftOut(value(column)) || isFresh(value(column), model)) ? id : undefined;
}

/**
 * A statement handed as an object: libsql's `client.execute({ sql, args })`, mysql2's `query({ sql, values })`,
 * node-postgres' `query({ text, values })` — the statement and its parameters.
 */
export function statementObject(arg: Node | undefined): { sql: Node; params: Node | undefined } | undefined {
  const object = objectLiteralOf(arg);
  const sql = propertyValue(propertyOf(object, 'sql') ?? propertyOf(object, 'text'));
  return sql ? { sql, params: propertyValue(propertyOf(object, 'args') ?? propertyOf(object, 'values')) } : undefined;
}

/**
 * The statement object an argument holds, in place or returned by the one `return` of the project function it calls
 * (`execute(this.labStatement(lab))`, `made`): its values are that function's.
 */
export function builtStatement(arg: Node | undefined, model: ProjectModel): { sql: Node; params: Node | undefined; made?: CallExpression } | undefined {
  const inPlace = statementObject(arg);
  if (inPlace || !arg) return inPlace;
  const made = unwrap(arg);
  if (!Node.isCallExpression(made)) return undefined;
  const fn = model.functionCalledBy(made);
  const returned = fn ? returnedExpressionsOf(fn) : [];
  const statement = returned.length === 1 ? statementObject(returned[0]) : undefined;
  return statement ? { ...statement, made } : undefined;
}

/**
 * The primary-key and unique columns of `table` as the statement's own file creates it (`CREATE TABLE IF NOT EXISTS
 * diagnoses (id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, …)`), lowercased; undefined when the file creates no such
 * table. A `patient_id` the schema does not make unique conflicts with nothing.
 */
function declaredKeyColumns(table: string, call: CallExpression, model: ProjectModel): string[] | undefined {
  const file = call.getSourceFile();
  const tables = model.memoize('sql-created-tables', file, () => createdTables(file.getFullText()));
  return tables.get(table.toLowerCase());
}

const CREATE_TABLE = /create\s+table\s+(?:if\s+not\s+exists\s+)?["`]?(?:\w+["`]?\.["`]?)?(\w+)["`]?\s*\(/gi;

/** Each table a text creates, with its primary-key and unique columns (by column or by table constraint). */
function createdTables(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const match of text.matchAll(CREATE_TABLE)) {
    const start = match.index + match[0].length;
    const parts: string[] = [];
    let depth = 1;
    let from = start;
    let end = start;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')') depth--;
      if ((text[end] === ',' && depth === 1) || depth === 0) {
        parts.push(text.slice(from, end));
        from = end + 1;
      }
    }
    const keys = parts.flatMap((part) => {
      const constraint = /^\s*(?:constraint\s+\w+\s+)?(?:primary\s+key|unique)\s*\(([^)]*)\)/i.exec(part);
      if (constraint) return constraint[1]!.split(',').map((c) => c.trim().replace(/["`]/g, '').toLowerCase());
      const column = /^\s*["`]?(\w+)["`]?\s+\w/.exec(part)?.[1];
      return column && /\bprimary\s+key\b|\bunique\b/i.test(part) ? [column.toLowerCase()] : [];
    });
    out.set(match[1]!.toLowerCase(), keys);
  }
  return out;
}

function isFresh(value: Node | undefined, model: ProjectModel): boolean {
  return value !== undefined && isFreshValue(value, model);
}

/** `input.email ?? null`, `row.ref || null`, `null`: a value that is NULL whenever the call leaves it out. */
function mayBeLeftOut(value: Node | undefined): boolean {
  const plain = value ? unwrap(value) : undefined;
  if (!plain) return false;
  if (Node.isNullLiteral(plain) || plain.getText() === 'undefined') return true;
  return Node.isBinaryExpression(plain) && /^(\?\?|\|\|)$/.test(plain.getOperatorToken().getText()) && /^(null|undefined)$/.test(unwrap(plain.getRight()).getText());
}

/**
 * The value bound to the placeholder at `index` of a VALUES list: `$2` and `?` from the parameter list (an array after
 * the statement, or the arguments of `prepare(sql).run(…)`), `@id` / `:id` / `$id` from the object of named parameters.
 */
function boundValue(placeholders: string[], index: number, call: CallExpression, model: ProjectModel): Node | undefined {
  const placeholder = placeholders[index];
  if (placeholder === undefined) return undefined;
  const parent = call.getParentIfKind(SyntaxKind.PropertyAccessExpression);
  const runner = parent && PREPARED_RUN.test(parent.getName()) ? parent.getParentIfKind(SyntaxKind.CallExpression) : undefined;
  const statement = runner ? undefined : builtStatement(call.getArguments()[0], model);
  const params = runner ? runner.getArguments() : statement ? [statement.params].filter((p): p is Node => p !== undefined) : call.getArguments().slice(1);
  const named = /^[@:$]([A-Za-z_]\w*)$/.exec(placeholder);
  if (named) return propertyValue(propertyOf(objectLiteralOf(params[0]), named[1]!));
  const position = /^\$(\d+)$/.exec(placeholder) ? Number(placeholder.slice(1)) - 1 : placeholder === '?' ? placeholders.slice(0, index).filter((p) => p === '?').length : -1;
  if (position < 0) return undefined;
  const list = arrayElements(params[0]);
  return list ? list[position] : runner ? params[position] : undefined;
}

function arrayElements(node: Node | undefined): Node[] | undefined {
  let value = node ? unwrap(node) : undefined;
  if (value && Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    value = init ? unwrap(init) : undefined;
  }
  return value && Node.isArrayLiteralExpression(value) ? value.getElements() : undefined;
}

/**
 * `superseded_at = datetime('now')`, `is_active = 0`, `status = 'superseded'`: a SET that retires the row it updates. A
 * flag counts only set to a value that retires (`active = 1` marks a row active, `active = ?` says nothing), a retiring
 * timestamp or reference to anything but NULL.
 */
const RETIRES = /\b(?:superseded\w*|replaced_at|valid_to|valid_until|archived_at|retired_at)\s*=(?!\s*null\b)|\b(?:is_)?(?:active|current|latest)\s*=\s*(?:false|0|null|'(?:false|f|0|n|no)')(?![\w.])|\bstatus\s*=\s*'(?:superseded|replaced|inactive|archived|retired)'/i;

/**
 * `const existing = SELECT … WHERE scope = ? AND key = ? AND superseded_at IS NULL; if (existing) UPDATE facts SET
 * superseded_at = now() WHERE id = ?; INSERT INTO facts …`: the insert replaces the active row for its key, so a repeat
 * leaves the same active value, and every read takes the active row (test/corpus/README.md question 120) — the insert
 * and the update that retires the row are one versioned set. The retiring UPDATE of the same table must run on every
 * call that inserts, or whenever a lookup found the row: one run only when the call names a row to replace (`if
 * (input.supersedes_id)`) leaves the other calls inserting. `call` is either statement of the pair.
 */
export function supersedesActiveRow(text: string, call: CallExpression, model: ProjectModel): boolean {
  const fn = enclosingFunctionOf(call);
  const table = INSERT.exec(text)?.[1];
  if (table && fn) return sqlCallsIn(fn, model).some(({ call: update, sql }) => update.getEnd() <= call.getStart() && retires(sql, table) && runsWheneverFound(update, fn));
  const updated = /^\s*update\s+["`]?(\w+)["`]?\s+set\b/i.exec(text)?.[1];
  if (!updated || !fn || !retires(text, updated) || !runsWheneverFound(call, fn)) return false;
  return sqlCallsIn(fn, model).some(({ call: insert, sql }) => insert.getStart() >= call.getEnd() && INSERT.exec(sql)?.[1]?.toLowerCase() === updated.toLowerCase());
}

/** `UPDATE <table> SET superseded_at = …`: a SET that retires the rows of `table` it updates. */
function retires(sql: string, table: string): boolean {
  const set = new RegExp(`^\\s*update\\s+["\`]?${table}["\`]?\\s+set\\b([\\s\\S]*?)(?:\\bwhere\\b|$)`, 'i').exec(sql)?.[1];
  return set !== undefined && RETIRES.test(set);
}

/** The SQL statements run in a function, with the text each one runs. */
function sqlCallsIn(fn: Node, model: ProjectModel): Array<{ call: CallExpression; sql: string }> {
  return model.memoize('sql-calls', fn, () =>
    descendantsOfKind(fn, SyntaxKind.CallExpression).flatMap((call) => {
      const arg = call.getArguments()[0];
      const first = builtStatement(arg, model)?.sql ?? arg;
      if (!first || !model.knowledge.sqlMethods.includes(methodName(call))) return [];
      const sql = stringValue(first) ?? unwrap(first).getText().replace(/^`|`$/g, '');
      return /^\s*(?:insert|update)\b/i.test(sql) ? [{ call, sql }] : [];
    }),
  );
}

function methodName(call: CallExpression): string {
  const callee = unwrap(call.getExpression());
  return Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
}

/** Whether every `if` between a statement and its function runs it when a lookup found something (or always). */
function runsWheneverFound(node: Node, fn: Node): boolean {
  for (let child: Node = node, parent = node.getParent(); parent && child !== fn; child = parent, parent = parent.getParent()) {
    if (Node.isIfStatement(parent) && child !== parent.getExpression() && (parent.getThenStatement() !== child || !saysFound(parent.getExpression(), fn))) return false;
    if (Node.isConditionalExpression(parent) && child !== parent.getCondition()) return false;
  }
  return true;
}
