// A credential record a client keeps while it authenticates: the access and refresh tokens an OAuth refresh just
// returned, written to a session store, a token table or a file so the next request (or the next process) reuses
// them. It is how the client logs in, not what the tool does: a repeat stores the newer token in its place
// (as the token request itself mints a credential, test/corpus/README.md question 6). A request that sends a token along (`{ message, access_token }` to a Graph API)
// is no such record: only a store of the token with what keeps it usable (a refresh token, an expiry) is.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { objectLiteralOf, propertyName, propertyValue, unwrap } from './callee.js';

const REFRESH_TOKEN = /^refresh_?token$/i;
const ACCESS_TOKEN = /^access_?token$/i;
const EXPIRY = /^(?:expires?|expiry|expiration)(?:_?(?:at|in|on|date|time))?$|^expiry_?date$/i;
/** Where a store call keeps the record it is handed: `create({ data })`, `.values({…})`, `.set({…})`, `{ $set }`. */
const RECORD_HOLDERS = ['data', 'values', 'value', 'set', '$set', 'record', 'item', 'session', 'tokens', 'credentials'];

/** Whether `call` writes a credential record: an object carrying a refresh token, or an access token with its expiry. */
export function storesCredential(call: CallExpression): boolean {
  const records: ObjectLiteralExpression[] = [];
  const add = (node: Node | undefined, depth: number) => {
    if (!node || depth > 2) return;
    const value = unwrap(node);
    // `JSON.stringify(record) + '\n'`: a line of the record.
    if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
      add(value.getLeft(), depth + 1);
      add(value.getRight(), depth + 1);
      return;
    }
    // `JSON.stringify(record)`, `Buffer.from(JSON.stringify(record))`: the record is what is written.
    if (Node.isCallExpression(value) && /^(?:JSON\.stringify|Buffer\.from|encrypt\w*)$/.test(value.getExpression().getText())) {
      add(value.getArguments()[0], depth + 1);
      return;
    }
    const object = objectLiteralOf(value);
    if (!object) return;
    records.push(object);
    for (const holder of RECORD_HOLDERS) add(propertyValue(object.getProperty(holder)), depth + 1);
  };
  for (const arg of call.getArguments()) add(arg, 0);
  // `db.insert(tokens).values({ … })`, `db.update(tokens).set({ … })`: the record sits in the chained call.
  const chained = call.getParentIfKind(SyntaxKind.PropertyAccessExpression)?.getParent();
  if (chained && Node.isCallExpression(chained)) for (const arg of chained.getArguments()) add(arg, 0);
  return records.some(isCredentialRecord);
}

function isCredentialRecord(object: ObjectLiteralExpression): boolean {
  const names = object.getProperties().map((property) => (Node.isSpreadAssignment(property) ? undefined : propertyName(property))).filter((name): name is string => name !== undefined);
  if (names.some((name) => REFRESH_TOKEN.test(name))) return true;
  return names.some((name) => ACCESS_TOKEN.test(name)) && names.some((name) => EXPIRY.test(name));
}
