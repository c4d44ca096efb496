// Turns a generated table of an SDK client's request methods (path → argument index of the request options)
// into outbound-call facts: model calls and other API requests, grouped by where each takes its options.
import type { OutboundCallFact } from './types.js';

type Shared = Omit<OutboundCallFact, 'kind' | 'label' | 'path' | 'optionsArgs'>;

export function requestMethodFacts(
  methods: Readonly<Record<string, number[]>>,
  spec: { modelCalls: ReadonlyArray<string>; sendsNothing?: ReadonlyArray<string>; labels: { llm: string; api: string } },
  shared: Shared,
): OutboundCallFact[] {
  const groups = new Map<string, { kind: 'llm' | 'api'; optionsArgs: number[]; path: string[] }>();
  for (const [path, optionsArgs] of Object.entries(methods)) {
    if (spec.sendsNothing?.includes(path)) continue;
    const kind = spec.modelCalls.includes(path) ? 'llm' : 'api';
    const key = `${kind}:${optionsArgs.join(',')}`;
    const group = groups.get(key) ?? { kind, optionsArgs, path: [] };
    group.path.push(path);
    groups.set(key, group);
  }
  // Model calls first: a path is matched by the first fact that lists it.
  return [...groups.values()]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'llm' ? -1 : 1))
    .map((group) => ({ ...shared, kind: group.kind, label: spec.labels[group.kind], path: group.path, optionsArgs: group.optionsArgs }));
}
