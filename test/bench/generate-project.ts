// Writes a deterministic, type-correct TypeScript project of 1,000+ files for `npm run bench`.
// Most files are plain app code (types, stores, transforms, reducers, React views); about one in eight
// imports agent or HTTP packages (AI SDK tools, OpenAI, fetch, p-retry, MCP), with helpers across files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GenerateOptions {
  /** Directory to (re)create; everything in it is replaced. */
  outDir: string;
  seed?: number;
  minFiles?: number;
}

export interface GeneratedProject {
  dir: string;
  tsconfigPath: string;
  files: number;
  lines: number;
  /** Files that import an agent, LLM, HTTP-retry or MCP package, or call fetch. */
  agentFiles: number;
}

/** mulberry32: tiny, fast and the same sequence on every machine for a seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

const NOUNS = [
  'invoice', 'order', 'customer', 'shipment', 'catalog', 'review', 'coupon', 'warehouse', 'subscription', 'payout',
  'ticket', 'report', 'session', 'profile', 'notification', 'inventory', 'supplier', 'contract', 'lead', 'campaign',
  'booking', 'refund', 'cart', 'address', 'team', 'project', 'task', 'comment', 'document', 'asset',
];

/** One feature folder's names, e.g. `order-7` → `Order7` / `order7` / `ORDER_7`. */
interface Feature {
  slug: string;
  P: string;
  p: string;
  upper: string;
  isAgent: boolean;
}

function makeFeature(index: number, isAgent: boolean): Feature {
  const noun = NOUNS[index % NOUNS.length]!;
  const n = Math.floor(index / NOUNS.length);
  const P = noun[0]!.toUpperCase() + noun.slice(1) + n;
  return { slug: `${noun}-${n}`, P, p: noun + n, upper: `${noun.toUpperCase()}_${n}`, isAgent };
}

// ---------------------------------------------------------------- shared modules

const SHARED_FILES: Record<string, string> = {
  'src/shared/result.ts': `// A success-or-error value, so parsers and services return failures instead of throwing them.
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });
export function mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? ok(map(result.value)) : result;
}
export function unwrapOr<T>(result: Result<T>, fallback: T): T {
  return result.ok ? result.value : fallback;
}
`,
  'src/shared/collections.ts': `// Small collection helpers the features share.
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) (groups[key(item)] ??= []).push(item);
  return groups;
}
export function sumBy<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
export function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
`,
  'src/shared/format.ts': `// Text formatting for money, dates and labels.
export function formatMoney(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
export function titleCase(text: string): string {
  return text.replace(/\\b\\w/g, (c) => c.toUpperCase());
}
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…';
}
export function pluralize(count: number, singular: string, plural = singular + 's'): string {
  return \`\${count} \${count === 1 ? singular : plural}\`;
}
`,
  'src/shared/dates.ts': `// Day arithmetic on epoch milliseconds (UTC).
const DAY_MS = 86_400_000;
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}
export function daysBetween(a: number, b: number): number {
  return Math.round(Math.abs(startOfDay(b) - startOfDay(a)) / DAY_MS);
}
export function isSameDay(a: number, b: number): boolean {
  return startOfDay(a) === startOfDay(b);
}
`,
  'src/shared/ids.ts': `// Stable ids and string hashes.
export function makeId(prefix: string, n: number): string {
  return \`\${prefix}_\${n.toString(36).padStart(6, '0')}\`;
}
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
`,
  'src/shared/logger.ts': `// A scoped console logger.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export interface Logger {
  log(level: LogLevel, message: string, data?: Record<string, unknown>): void;
}
export function createLogger(scope: string): Logger {
  return {
    log(level, message, data) {
      const line = \`[\${scope}] \${message}\`;
      if (level === 'error') console.error(line, data ?? '');
      else if (level === 'warn') console.warn(line, data ?? '');
      else console.log(line, data ?? '');
    },
  };
}
`,
};

const AI_SHARED_FILES: Record<string, string> = {
  'src/ai/model.ts': `// The chat model every AI SDK call uses.
import { openai } from '@ai-sdk/openai';
export const chatModel = openai('gpt-4.1-mini');
`,
  'src/ai/clients.ts': `// SDK clients shared by the agent features.
import OpenAI from 'openai';
import Stripe from 'stripe';
export const openaiClient = new OpenAI({ timeout: 30_000, maxRetries: 1 });
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_placeholder');
`,
  'src/ai/http.ts': `// JSON over fetch, with the caller's signal and an optional idempotency key.
export interface PostOptions {
  signal: AbortSignal | undefined;
  idempotencyKey?: string;
}
export async function postJson<T>(url: string, body: unknown, options: PostOptions): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: options.signal });
  if (!response.ok) throw new Error(\`POST \${url} answered \${response.status}\`);
  return (await response.json()) as T;
}
export async function getJson<T>(url: string, signal: AbortSignal | undefined): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(\`GET \${url} answered \${response.status}\`);
  return (await response.json()) as T;
}
`,
};

// ---------------------------------------------------------------- plain feature files

function typesFile(f: Feature, d: Dice): string {
  const extras = Array.from({ length: d.int(1, 4) }, (_, i) => {
    const fields = d.sample(['label: string', 'weight: number', 'enabled: boolean', 'parentId?: string', 'rank: number',
      'color: string', 'expiresAt?: number', 'meta: Record<string, string>', 'score: number', 'region: string'], d.int(2, 6));
    return `export interface ${f.P}Extra${i} {\n  id: string;\n${fields.map((x) => `  ${x};`).join('\n')}\n}\n`;
  });
  return `// Types of the ${f.slug} feature.
export type ${f.P}Status = 'draft' | 'active' | 'paused' | 'archived';

export interface ${f.P}Item {
  id: string;
  name: string;
  amount: number;
  quantity: number;
  tags: string[];
  status: ${f.P}Status;
  createdAt: number;
  updatedAt: number;
  ownerId: string;
  note?: string;
}

export type ${f.P}Draft = Pick<${f.P}Item, 'name' | 'amount' | 'quantity' | 'tags' | 'ownerId'>;

export interface ${f.P}Filter {
  status?: ${f.P}Status;
  tag?: string;
  minAmount?: number;
  search?: string;
}

export interface ${f.P}Page {
  items: ${f.P}Item[];
  total: number;
  cursor?: string;
}

${extras.join('\n')}`;
}

const FILTER_TRANSFORM = (f: Feature): string => `export function filter${f.P}Items(items: readonly ${f.P}Item[], filter: ${f.P}Filter): ${f.P}Item[] {
  const search = filter.search?.toLowerCase();
  return items.filter((item) => {
    if (filter.status && item.status !== filter.status) return false;
    if (filter.tag && !item.tags.includes(filter.tag)) return false;
    if (filter.minAmount !== undefined && item.amount < filter.minAmount) return false;
    if (search && !item.name.toLowerCase().includes(search)) return false;
    return true;
  });
}`;

const TRANSFORMS: Array<(f: Feature) => string> = [
  (f) => `export function total${f.P}Amount(items: readonly ${f.P}Item[]): number {
  return sumBy(items, (item) => item.amount * item.quantity);
}`,
  (f) => `export function group${f.P}ByStatus(items: readonly ${f.P}Item[]): Record<string, ${f.P}Item[]> {
  return groupBy(items, (item) => item.status);
}`,
  (f) => `export function sort${f.P}Items(
  items: readonly ${f.P}Item[],
  key: 'amount' | 'createdAt' | 'name',
  direction: 'asc' | 'desc' = 'asc',
): ${f.P}Item[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    return (left < right ? -1 : left > right ? 1 : 0) * sign;
  });
}`,
  (f) => `export function top${f.P}ByAmount(items: readonly ${f.P}Item[], n = 5): ${f.P}Item[] {
  return [...items].sort((a, b) => b.amount - a.amount).slice(0, n);
}`,
  (f) => `export function ${f.p}TagHistogram(items: readonly ${f.P}Item[]): Map<string, number> {
  return countBy(items.flatMap((item) => item.tags.map((tag) => ({ tag }))), (entry) => entry.tag);
}`,
  (f) => `export function average${f.P}Quantity(items: readonly ${f.P}Item[]): number {
  return items.length === 0 ? 0 : sumBy(items, (item) => item.quantity) / items.length;
}`,
  (f) => `export function stale${f.P}Items(items: readonly ${f.P}Item[], now: number, maxAgeDays = 30): ${f.P}Item[] {
  return items.filter((item) => item.status !== 'archived' && daysBetween(item.updatedAt, now) > maxAgeDays);
}`,
  (f) => `export function ${f.p}ItemsByOwner(items: readonly ${f.P}Item[]): Map<string, ${f.P}Item[]> {
  const byOwner = new Map<string, ${f.P}Item[]>();
  for (const item of items) {
    const list = byOwner.get(item.ownerId) ?? [];
    list.push(item);
    byOwner.set(item.ownerId, list);
  }
  return byOwner;
}`,
  (f) => `export function diff${f.P}Items(before: readonly ${f.P}Item[], after: readonly ${f.P}Item[]) {
  const old = new Map(before.map((item) => [item.id, item] as const));
  const now = new Map(after.map((item) => [item.id, item] as const));
  const added = after.filter((item) => !old.has(item.id));
  const removed = before.filter((item) => !now.has(item.id));
  const changed = after.filter((item) => {
    const previous = old.get(item.id);
    return previous !== undefined && previous.updatedAt !== item.updatedAt;
  });
  return { added, removed, changed };
}`,
  (f) => `export function paginate${f.P}(items: readonly ${f.P}Item[], pageSize: number, cursor?: string): ${f.P}Page {
  const start = cursor ? Number.parseInt(cursor, 10) : 0;
  const pages = chunk(items.slice(start), pageSize);
  const page = pages[0] ?? [];
  const next = start + page.length;
  return { items: page, total: items.length, cursor: next < items.length ? String(next) : undefined };
}`,
  (f) => `export function split${f.P}ByActivity(items: readonly ${f.P}Item[]): { active: ${f.P}Item[]; inactive: ${f.P}Item[] } {
  const [active, inactive] = partition(items, (item) => item.status === 'active');
  return { active, inactive };
}`,
  (f) => `export function dedupe${f.P}Items(items: readonly ${f.P}Item[]): ${f.P}Item[] {
  return uniqueBy(items, (item) => item.name.trim().toLowerCase() + ':' + item.ownerId);
}`,
];

function transformsFile(f: Feature, d: Dice, linked?: Feature): string {
  // The filter is always there: the store, the view model and the view use it.
  const chosen = [FILTER_TRANSFORM, ...d.sample(TRANSFORMS, d.int(4, 10))].map((t) => t(f));
  const link = linked
    ? `\nexport function link${f.P}To${linked.P}(items: readonly ${f.P}Item[], others: readonly ${linked.P}Item[]): Map<string, ${linked.P}Item[]> {
  const byOwner = new Map<string, ${linked.P}Item[]>();
  const owners = new Set(items.map((item) => item.ownerId));
  for (const other of others) if (owners.has(other.ownerId)) byOwner.set(other.ownerId, [...(byOwner.get(other.ownerId) ?? []), other]);
  return byOwner;
}\n`
    : '';
  return `// Pure transforms over ${f.slug} items: totals, grouping, sorting, paging.
import { chunk, countBy, groupBy, partition, sumBy, uniqueBy } from '../../shared/collections.js';
import { daysBetween } from '../../shared/dates.js';
import type { ${f.P}Filter, ${f.P}Item, ${f.P}Page } from './types.js';
${linked ? `import type { ${linked.P}Item } from '../${linked.slug}/types.js';\n` : ''}

${chosen.join('\n\n')}
${link}`;
}

function storeFile(f: Feature, d: Dice): string {
  const withHistory = d.chance(0.5);
  return `// An in-memory ${f.slug} store with change listeners, used by the views and tests.
import { makeId } from '../../shared/ids.js';
import type { ${f.P}Draft, ${f.P}Filter, ${f.P}Item } from './types.js';
import { filter${f.P}Items } from './transforms.js';

export type ${f.P}Listener = (items: ${f.P}Item[]) => void;

export class ${f.P}Store {
  private readonly items = new Map<string, ${f.P}Item>();
  private readonly listeners = new Set<${f.P}Listener>();
  private sequence = 0;
${withHistory ? `  private readonly history: Array<{ at: number; id: string; change: 'add' | 'update' | 'remove' }> = [];\n` : ''}
  add(draft: ${f.P}Draft, now: number): ${f.P}Item {
    const item: ${f.P}Item = { ...draft, id: makeId('${f.p}', ++this.sequence), status: 'draft', createdAt: now, updatedAt: now };
    this.items.set(item.id, item);
${withHistory ? `    this.history.push({ at: now, id: item.id, change: 'add' });\n` : ''}    this.emit();
    return item;
  }

  update(id: string, patch: Partial<${f.P}Draft>, now: number): ${f.P}Item | undefined {
    const current = this.items.get(id);
    if (!current) return undefined;
    const next = { ...current, ...patch, updatedAt: now };
    this.items.set(id, next);
${withHistory ? `    this.history.push({ at: now, id, change: 'update' });\n` : ''}    this.emit();
    return next;
  }

  remove(id: string${withHistory ? ', now: number' : ''}): boolean {
    const removed = this.items.delete(id);
${withHistory ? `    if (removed) this.history.push({ at: now, id, change: 'remove' });\n` : ''}    if (removed) this.emit();
    return removed;
  }

  get(id: string): ${f.P}Item | undefined {
    return this.items.get(id);
  }

  list(filter: ${f.P}Filter = {}): ${f.P}Item[] {
    return filter${f.P}Items([...this.items.values()], filter);
  }

  get size(): number {
    return this.items.size;
  }

  subscribe(listener: ${f.P}Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const snapshot = [...this.items.values()];
    for (const listener of this.listeners) listener(snapshot);
  }
}
`;
}

function validationFile(f: Feature, d: Dice): string {
  const strictTags = d.chance(0.5);
  return `// Validation of ${f.slug} input from forms and imports.
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result.js';
import type { ${f.P}Draft } from './types.js';

export const ${f.p}DraftSchema = z.object({
  name: z.string().min(1).max(${d.int(60, 200)}),
  amount: z.number().int().nonnegative(),
  quantity: z.number().int().min(1).max(${d.int(10, 1000)}),
  tags: z.array(z.string()${strictTags ? '.regex(/^[a-z0-9-]+$/)' : ''}).max(${d.int(5, 20)}),
  ownerId: z.string().min(1),
});

export const ${f.p}FilterSchema = z.object({
  status: z.enum(['draft', 'active', 'paused', 'archived']).optional(),
  tag: z.string().optional(),
  minAmount: z.number().optional(),
  search: z.string().max(100).optional(),
});

export function parse${f.P}Draft(input: unknown): Result<${f.P}Draft> {
  const parsed = ${f.p}DraftSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err(issue ? \`\${issue.path.join('.')}: \${issue.message}\` : 'invalid ${f.slug}');
}

export function parse${f.P}Drafts(inputs: unknown[]): { valid: ${f.P}Draft[]; errors: string[] } {
  const valid: ${f.P}Draft[] = [];
  const errors: string[] = [];
  inputs.forEach((input, index) => {
    const result = parse${f.P}Draft(input);
    if (result.ok) valid.push(result.value);
    else errors.push(\`#\${index}: \${result.error}\`);
  });
  return { valid, errors };
}
`;
}

function viewModelFile(f: Feature, d: Dice): string {
  const refetch = d.chance(0.15);
  return `// The ${f.slug} screen's state: a reducer over user actions, and selectors the view reads.
import type { ${f.P}Filter, ${f.P}Item } from './types.js';
import { filter${f.P}Items } from './transforms.js';

export interface ${f.P}ViewState {
  items: ${f.P}Item[];
  filter: ${f.P}Filter;
  selectedId?: string;
  page: number;
  loading: boolean;
${refetch ? '  needsRefetch: boolean;\n' : ''}}

export type ${f.P}ViewAction =
  | { type: 'loaded'; items: ${f.P}Item[] }
  | { type: 'filter'; filter: ${f.P}Filter }
  | { type: 'select'; id?: string }
  | { type: 'page'; page: number }
  | { type: 'loading' }${refetch ? `\n  | { type: 'invalidate' }` : ''};

export const initial${f.P}ViewState: ${f.P}ViewState = { items: [], filter: {}, page: 0, loading: false${refetch ? ', needsRefetch: false' : ''} };

export function ${f.p}ViewReducer(state: ${f.P}ViewState, action: ${f.P}ViewAction): ${f.P}ViewState {
  switch (action.type) {
    case 'loaded':
      return { ...state, items: action.items, loading: false${refetch ? ', needsRefetch: false' : ''} };
    case 'filter':
      return { ...state, filter: action.filter, page: 0 };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'page':
      return { ...state, page: Math.max(0, action.page) };
    case 'loading':
      return { ...state, loading: true };${refetch ? `\n    case 'invalidate':\n      return { ...state, needsRefetch: true };` : ''}
  }
}

export function selectVisible${f.P}Items(state: ${f.P}ViewState, pageSize = ${d.pick([10, 20, 25, 50])}): ${f.P}Item[] {
  const filtered = filter${f.P}Items(state.items, state.filter);
  return filtered.slice(state.page * pageSize, (state.page + 1) * pageSize);
}

export function selectSelected${f.P}(state: ${f.P}ViewState): ${f.P}Item | undefined {
  return state.items.find((item) => item.id === state.selectedId);
}
`;
}

function formatFile(f: Feature, d: Dice): string {
  const currency = d.pick(['USD', 'EUR', 'GBP', 'JPY']);
  return `// How ${f.slug} items read on screen and in exports.
import { formatDate, formatMoney, pluralize, titleCase, truncate } from '../../shared/format.js';
import type { ${f.P}Item } from './types.js';

export function format${f.P}Title(item: ${f.P}Item): string {
  return truncate(titleCase(item.name), ${d.int(30, 80)});
}

export function format${f.P}Amount(item: ${f.P}Item): string {
  return formatMoney(item.amount * item.quantity, '${currency}');
}

export function format${f.P}Summary(items: readonly ${f.P}Item[]): string {
  const active = items.filter((item) => item.status === 'active').length;
  return \`\${pluralize(items.length, '${f.slug.split('-')[0]}')}, \${active} active\`;
}

export function ${f.p}ToCsvRow(item: ${f.P}Item): string {
  const cells = [item.id, item.name, String(item.amount), String(item.quantity), item.status, formatDate(item.createdAt), item.tags.join('|')];
  return cells.map((cell) => (/[",\\n]/.test(cell) ? \`"\${cell.replace(/"/g, '""')}"\` : cell)).join(',');
}
`;
}

function componentFile(f: Feature, d: Dice): string {
  return `// React views of ${f.slug} items: a filterable list and a summary line.
import { useMemo, useState } from 'react';
import { format${f.P}Amount, format${f.P}Summary, format${f.P}Title } from './format.js';
import type { ${f.P}Item } from './types.js';
import { filter${f.P}Items } from './transforms.js';

export function ${f.P}Row({ item, onSelect }: { item: ${f.P}Item; onSelect: (id: string) => void }) {
  return (
    <li className="${f.slug}-row" onClick={() => onSelect(item.id)}>
      <span>{format${f.P}Title(item)}</span>
      <span>{format${f.P}Amount(item)}</span>
      {item.tags.length > 0 && <small>{item.tags.join(', ')}</small>}
    </li>
  );
}

export function ${f.P}List({ items, onSelect }: { items: ${f.P}Item[]; onSelect: (id: string) => void }) {
  const [search, setSearch] = useState('');
  const visible = useMemo(() => filter${f.P}Items(items, { search }).slice(0, ${d.int(20, 100)}), [items, search]);
  return (
    <section>
      <input value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Search" />
      <p>{format${f.P}Summary(visible)}</p>
      <ul>
        {visible.map((item) => (
          <${f.P}Row key={item.id} item={item} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
`;
}

function fixturesFile(f: Feature, d: Dice): string {
  const count = d.int(3, 8);
  const rows = Array.from({ length: count }, (_, i) =>
    `  { id: makeId('${f.p}', ${i + 1}), name: '${f.slug} sample ${i + 1}', amount: ${d.int(100, 99_999)}, quantity: ${d.int(1, 9)}, tags: [${d.sample(['new', 'vip', 'eu', 'us', 'promo', 'legacy'], d.int(0, 3)).map((t) => `'${t}'`).join(', ')}], status: '${d.pick(['draft', 'active', 'paused', 'archived'])}', createdAt: ${1_700_000_000_000 + i * 86_400_000}, updatedAt: ${1_700_000_000_000 + (i + 2) * 86_400_000}, ownerId: 'user_${d.int(1, 20)}' },`,
  );
  return `// Sample ${f.slug} items for stories and tests.
import { makeId } from '../../shared/ids.js';
import type { ${f.P}Item } from './types.js';

export const ${f.p}Samples: ${f.P}Item[] = [
${rows.join('\n')}
];
`;
}

function indexFile(f: Feature, parts: string[]): string {
  return `// The ${f.slug} feature's public surface.
export type * from './types.js';
${parts.map((part) => `export * from './${part}.js';`).join('\n')}
`;
}

// ---------------------------------------------------------------- agent feature files

function apiFile(f: Feature, d: Dice): string {
  const getHasSignal = d.chance(0.75);
  return `// The ${f.slug} service's HTTP API.
import { getJson, postJson } from '../../ai/http.js';
import type { ${f.P}Draft, ${f.P}Item } from './types.js';

const BASE_URL = process.env.${f.upper}_API_URL ?? 'https://api.example.com/${f.slug}';

export async function get${f.P}(id: string, signal: AbortSignal | undefined): Promise<${f.P}Item> {
  const response = await fetch(\`\${BASE_URL}/items/\${encodeURIComponent(id)}\`${getHasSignal ? ', { signal }' : ''});
  if (!response.ok) throw new Error(\`${f.slug}: GET \${id} answered \${response.status}\`);
  return (await response.json()) as ${f.P}Item;
}

export async function search${f.P}(query: string, signal: AbortSignal | undefined): Promise<${f.P}Item[]> {
  return postJson<${f.P}Item[]>(\`\${BASE_URL}/search\`, { query }, { signal });
}

export async function list${f.P}(signal: AbortSignal | undefined): Promise<${f.P}Item[]> {
  return getJson<${f.P}Item[]>(\`\${BASE_URL}/items\`, signal);
}

export async function create${f.P}(draft: ${f.P}Draft, signal: AbortSignal | undefined): Promise<${f.P}Item> {
  return postJson<${f.P}Item>(\`\${BASE_URL}/items\`, draft, { signal });
}

export async function create${f.P}Once(draft: ${f.P}Draft, idempotencyKey: string, signal: AbortSignal | undefined): Promise<${f.P}Item> {
  return postJson<${f.P}Item>(\`\${BASE_URL}/items\`, draft, { signal, idempotencyKey });
}
`;
}

const DRAFT_SCHEMA = `z.object({ name: z.string(), amount: z.number().int(), quantity: z.number().int(), tags: z.array(z.string()), ownerId: z.string() })`;

function toolsFile(f: Feature, d: Dice, other?: Feature): string {
  const keyed = d.chance(0.5);
  const refund = d.chance(0.4);
  const refundKeyed = d.chance(0.5);
  return `// AI SDK tools over the ${f.slug} API.
import { tool } from 'ai';
import { z } from 'zod';
${refund ? "import { stripe } from '../../ai/clients.js';\n" : ''}import { ${keyed ? `create${f.P}Once` : `create${f.P}`}, get${f.P}, search${f.P} } from './api.js';
${other ? `import { get${other.P} } from '../${other.slug}/api.js';\n` : ''}
export const ${f.p}Tools = {
  get${f.P}: tool({
    description: 'Fetch one ${f.slug} item by id.',
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }, { abortSignal }) => get${f.P}(id, abortSignal),
  }),
  search${f.P}: tool({
    description: 'Search ${f.slug} items by text.',
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }, { abortSignal }) => search${f.P}(query, abortSignal),
  }),
  create${f.P}: tool({
    description: 'Create a ${f.slug} item.',
    inputSchema: ${DRAFT_SCHEMA},
    execute: async (draft, { abortSignal${keyed ? ', toolCallId' : ''} }) =>
      ${keyed ? `create${f.P}Once(draft, \`${f.p}:\${toolCallId}\`, abortSignal)` : `create${f.P}(draft, abortSignal)`},
  }),${refund ? `
  refund${f.P}: tool({
    description: 'Refund the charge behind a ${f.slug} item.',
    inputSchema: z.object({ itemId: z.string(), chargeId: z.string() }),
    execute: async ({ itemId, chargeId }) => {
      const refund = await stripe.refunds.create({ charge: chargeId }${refundKeyed ? ', { idempotencyKey: `refund:${itemId}` }' : ''});
      return { refundId: refund.id, itemId };
    },
  }),` : ''}${other ? `
  get${other.P}: tool({
    description: 'Fetch a related ${other.slug} item.',
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }, { abortSignal }) => get${other.P}(id, abortSignal),
  }),` : ''}
};
`;
}

function llmFile(f: Feature, d: Dice): string {
  const kind = d.pick(['openai', 'generate', 'stream'] as const);
  const bounded = d.chance(0.7);
  const body =
    kind === 'openai'
      ? `  const completion = await openaiClient.chat.completions.create(
    { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: prompt }] }${bounded ? ',\n    { timeout: 20_000 }' : ''},
  );
  return completion.choices[0]?.message.content ?? '';`
      : kind === 'generate'
        ? `  const { text } = await generateText({ model: chatModel, prompt${bounded ? ', timeout: { totalMs: 30_000 }' : ''} });
  return text;`
        : `  const result = streamText({ model: chatModel, prompt${bounded ? ', abortSignal: AbortSignal.timeout(45_000)' : ''} });
  let text = '';
  for await (const part of result.textStream) text += part;
  return text;`;
  const imports =
    kind === 'openai'
      ? "import { openaiClient } from '../../ai/clients.js';"
      : `import { ${kind === 'generate' ? 'generateText' : 'streamText'} } from 'ai';\nimport { chatModel } from '../../ai/model.js';`;
  return `// LLM summaries of ${f.slug} items for the weekly digest.
${imports}
import type { ${f.P}Item } from './types.js';
import { format${f.P}Summary } from './format.js';

export async function summarize${f.P}Items(items: readonly ${f.P}Item[]): Promise<string> {
  const prompt = \`Summarize for a manager (\${format${f.P}Summary(items)}):\\n\${items.map((item) => \`- \${item.name}: \${item.amount}\`).join('\\n')}\`;
${body}
}
`;
}

function retryFile(f: Feature, d: Dice): string {
  const keyOutside = d.chance(0.5);
  return `// Imports ${f.slug} items from the nightly CSV into the ${f.slug} service, retrying flaky writes.
import { randomUUID } from 'node:crypto';
import pRetry from 'p-retry';
import { create${f.P}Once } from './api.js';
import type { ${f.P}Draft, ${f.P}Item } from './types.js';

export async function import${f.P}(draft: ${f.P}Draft): Promise<${f.P}Item> {
${keyOutside ? '  const key = randomUUID();\n' : ''}  return pRetry(
    () => create${f.P}Once(draft, ${keyOutside ? 'key' : 'randomUUID()'}, AbortSignal.timeout(10_000)),
    { retries: ${d.int(2, 6)}, randomize: true },
  );
}
`;
}

function mcpFile(f: Feature, d: Dice): string {
  const keyed = d.chance(0.5);
  return `// The ${f.slug} tools served over MCP.
${keyed ? "import { createHash } from 'node:crypto';\n" : ''}import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { ${keyed ? `create${f.P}Once` : `create${f.P}`}, get${f.P} } from './api.js';

export function create${f.P}McpServer(): McpServer {
  const server = new McpServer({ name: '${f.slug}', version: '1.0.0' });
  server.registerTool(
    'get_${f.p}',
    { description: 'Fetch a ${f.slug} item.', inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } },
    async ({ id }, extra) => ({ content: [{ type: 'text', text: JSON.stringify(await get${f.P}(id, extra.signal)) }] }),
  );
  server.registerTool(
    'create_${f.p}',
    { description: 'Create a ${f.slug} item.', inputSchema: { name: z.string(), amount: z.number(), ownerId: z.string() } },
    async ({ name, amount, ownerId }, extra) => {
      const draft = { name, amount, ownerId, quantity: 1, tags: [] };
      ${keyed ? `const key = createHash('sha256').update(JSON.stringify(draft)).digest('hex');
      const item = await create${f.P}Once(draft, key, extra.signal);` : `const item = await create${f.P}(draft, extra.signal);`}
      return { content: [{ type: 'text', text: item.id }] };
    },
  );
  return server;
}
`;
}

function agentFile(f: Feature, d: Dice): string {
  return `// An agent that works the ${f.slug} queue with the ${f.slug} tools.
import { ToolLoopAgent, isStepCount } from 'ai';
import { chatModel } from '../../ai/model.js';
import { ${f.p}Tools } from './tools.js';

export const ${f.p}Agent = new ToolLoopAgent({
  model: chatModel,
  instructions: 'You manage ${f.slug} items. Look before you create.',
  tools: ${f.p}Tools,
  stopWhen: isStepCount(${d.int(5, 15)}),
  timeout: { totalMs: ${d.int(6, 18) * 10_000}, toolMs: 15_000 },
});

export async function run${f.P}Agent(request: string): Promise<string> {
  const result = await ${f.p}Agent.generate({ prompt: request });
  return result.text;
}
`;
}

// ---------------------------------------------------------------- the project

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    jsx: 'react-jsx',
    noEmit: true,
  },
  include: ['src'],
};

export function generateProject(options: GenerateOptions): GeneratedProject {
  const dice = new Dice(seededRandom(options.seed ?? 20250101));
  const minFiles = options.minFiles ?? 1_100;
  const files = new Map<string, string>();
  let agentFiles = 0;
  const add = (path: string, text: string, agent = false) => {
    files.set(path, text);
    if (agent) agentFiles++;
  };
  for (const [path, text] of Object.entries(SHARED_FILES)) add(path, text);
  for (const [path, text] of Object.entries(AI_SHARED_FILES)) add(path, text, true);

  const features: Feature[] = [];
  const agentFeatures: Feature[] = [];
  for (let index = 0; files.size < minFiles; index++) {
    // Agent features are rarer than plain ones, as in real repositories; the first one always is.
    const f = makeFeature(index, index === 0 || dice.chance(0.2));
    const dir = `src/features/${f.slug}`;
    const linked = features.length && dice.chance(0.3) ? dice.pick(features) : undefined;
    add(`${dir}/types.ts`, typesFile(f, dice));
    add(`${dir}/transforms.ts`, transformsFile(f, dice, linked));
    add(`${dir}/store.ts`, storeFile(f, dice));
    add(`${dir}/validation.ts`, validationFile(f, dice));
    add(`${dir}/view-model.ts`, viewModelFile(f, dice));
    add(`${dir}/format.ts`, formatFile(f, dice));
    const parts = ['transforms', 'store', 'validation', 'format'];
    if (dice.chance(0.6)) add(`${dir}/view.tsx`, componentFile(f, dice));
    if (dice.chance(0.5)) {
      add(`${dir}/fixtures.ts`, fixturesFile(f, dice));
      parts.push('fixtures');
    }
    add(`${dir}/index.ts`, indexFile(f, parts));
    if (f.isAgent) {
      const other = agentFeatures.length && dice.chance(0.4) ? dice.pick(agentFeatures) : undefined;
      add(`${dir}/api.ts`, apiFile(f, dice), true);
      add(`${dir}/tools.ts`, toolsFile(f, dice, other), true);
      if (dice.chance(0.7)) add(`${dir}/summarize.ts`, llmFile(f, dice), true);
      if (dice.chance(0.5)) add(`${dir}/import.ts`, retryFile(f, dice), true);
      if (dice.chance(0.35)) add(`${dir}/mcp.ts`, mcpFile(f, dice), true);
      if (dice.chance(0.5)) add(`${dir}/agent.ts`, agentFile(f, dice), true);
      agentFeatures.push(f);
    }
    features.push(f);
  }

  rmSync(options.outDir, { recursive: true, force: true });
  let lines = 0;
  for (const [path, text] of files) {
    const full = join(options.outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    lines += text.split('\n').length;
  }
  const tsconfigPath = join(options.outDir, 'tsconfig.json');
  writeFileSync(tsconfigPath, JSON.stringify(TSCONFIG, null, 2) + '\n');
  // Its own config, so a config higher up (the repository's) does not change what the bench measures.
  writeFileSync(join(options.outDir, 'agentvet.config.json'), JSON.stringify({ extends: 'recommended' }, null, 2) + '\n');
  writeFileSync(join(options.outDir, 'package.json'), JSON.stringify({ name: 'bench-project', private: true, type: 'module' }, null, 2) + '\n');
  return { dir: options.outDir, tsconfigPath, files: files.size, lines, agentFiles };
}
