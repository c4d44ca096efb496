// A small evaluator for the GitHub Actions expressions action.yml uses (`${{ … }}` and bare `if:`):
// contexts, string/number/boolean literals, ==, !=, &&, ||, !, parentheses and the status functions.
// Semantics follow the docs: a missing property is null, '' and 0 and null are falsy, string
// comparison ignores case, && and || return one of their operands.

export type ExpressionValue = string | number | boolean | null | Record<string, unknown>;
export interface ExpressionScope {
  contexts: Record<string, unknown>;
  /** Whether an earlier step failed: success(), failure(). */
  failed: boolean;
}

type Token = { kind: 'op' | 'str' | 'num' | 'ident' | 'punct'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const op = /^(==|!=|&&|\|\||!)/.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', text: op[0] });
      i += op[0].length;
      continue;
    }
    if (rest[0] === "'") {
      let end = 1;
      let text = '';
      for (;;) {
        if (end >= rest.length) throw new Error(`unterminated string in ${source}`);
        if (rest[end] === "'" && rest[end + 1] === "'") {
          text += "'";
          end += 2;
        } else if (rest[end] === "'") break;
        else text += rest[end++];
      }
      tokens.push({ kind: 'str', text });
      i += end + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      tokens.push({ kind: 'num', text: num[0] });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*/.exec(rest);
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0] });
      i += ident[0].length;
      continue;
    }
    if ('()'.includes(rest[0]!)) {
      tokens.push({ kind: 'punct', text: rest[0]! });
      i += 1;
      continue;
    }
    throw new Error(`cannot read expression at "${rest}" in ${source}`);
  }
  return tokens;
}

const truthy = (value: ExpressionValue) => value !== null && value !== '' && value !== 0 && value !== false;

function equal(a: ExpressionValue, b: ExpressionValue): boolean {
  const norm = (v: ExpressionValue) => (v === null ? '' : typeof v === 'string' ? v.toLowerCase() : String(v));
  return norm(a) === norm(b);
}

export function evaluate(source: string, scope: ExpressionScope): ExpressionValue {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++]!;

  function primary(): ExpressionValue {
    const token = take();
    if (!token) throw new Error(`unexpected end of ${source}`);
    if (token.kind === 'str') return token.text;
    if (token.kind === 'num') return Number(token.text);
    if (token.kind === 'punct' && token.text === '(') {
      const value = or();
      take();
      return value;
    }
    if (token.kind === 'op' && token.text === '!') return !truthy(primary());
    if (token.kind === 'ident') {
      if (token.text === 'true' || token.text === 'false') return token.text === 'true';
      if (token.text === 'null') return null;
      if (peek()?.text === '(') {
        take();
        take();
        switch (token.text) {
          case 'always':
            return true;
          case 'success':
            return !scope.failed;
          case 'failure':
            return scope.failed;
          case 'cancelled':
            return false;
          default:
            throw new Error(`function ${token.text}() is not supported by this evaluator`);
        }
      }
      let value: unknown = scope.contexts;
      for (const part of token.text.split('.')) {
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      }
      return value === undefined ? null : (value as ExpressionValue);
    }
    throw new Error(`unexpected "${token.text}" in ${source}`);
  }
  function comparison(): ExpressionValue {
    let left = primary();
    while (peek()?.text === '==' || peek()?.text === '!=') {
      const op = take().text;
      const right = primary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  }
  function and(): ExpressionValue {
    let left = comparison();
    while (peek()?.text === '&&') {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  function or(): ExpressionValue {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected "${tokens[at]!.text}" in ${source}`);
  return value;
}

/** `${{ … }}` inside a string, each replaced by its value as text. */
export function interpolate(text: string, scope: ExpressionScope): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, scope);
    return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/** An `if:` condition: bare or wrapped in `${{ }}`; a step without one runs on success(). */
export function condition(text: string | undefined, scope: ExpressionScope): boolean {
  if (text === undefined) return !scope.failed;
  const bare = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(text)?.[1] ?? text;
  // As on the runner, a condition without a status function is implicitly `success() && (…)`.
  const hasStatus = /\b(always|success|failure|cancelled)\s*\(/.test(bare);
  const value = truthy(evaluate(bare, scope));
  return hasStatus ? value : !scope.failed && value;
}

export { truthy };
