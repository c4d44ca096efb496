// openapi-client-axios runs each operation as an axios request on the instance `axios.create(axiosConfigDefaults)`
// made (openapi-client-axios 7.9.1, src/client.ts), and axios has no default deadline: an operation called by
// name, through `paths`, or named at run time (`api[operationId](…)`, as an MCP proxy does) is an outbound call
// with no deadline unless a `timeout` or `signal` reaches it — in its config argument (the third) or in the
// client's `axiosConfigDefaults`.
import OpenAPIClientAxios from 'openapi-client-axios';

const petstore = new OpenAPIClientAxios({ definition: 'https://petstore.example.com/openapi.json' });
const bounded = new OpenAPIClientAxios({
  definition: 'https://petstore.example.com/openapi.json',
  axiosConfigDefaults: { timeout: 10_000 },
});

export async function listPets() {
  const client = await petstore.init();
  return client.listPets(); // expect: missing-deadline
}

export async function addNote(petId: string, text: string) {
  const client = await petstore.init();
  return client.paths['/pets/{petId}/notes'].post({ petId }, { text }); // expect: missing-deadline
}

export async function runOperation(operationId: string, params: Record<string, unknown>, body: unknown) {
  const api = await petstore.init();
  const operation = (api as any)[operationId];
  return operation(params, body, { headers: { 'x-source': 'mcp' } }); // expect: missing-deadline
}

export async function listPetsWithTimeout() {
  const client = await petstore.init();
  return client.listPets(null, null, { timeout: 5_000 });
}

export async function runOperationWithSignal(operationId: string, params: Record<string, unknown>, signal: AbortSignal) {
  const api = await petstore.init();
  return (api as any)[operationId](params, undefined, { signal });
}

export async function listPetsOnBoundedClient() {
  const client = await bounded.init();
  return client.listPets();
}
