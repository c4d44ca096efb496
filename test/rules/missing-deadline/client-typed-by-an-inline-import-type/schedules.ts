// Scheduled jobs receive their clients typed inline with `import('…')` types, no import statement. The Anthropic client
// named so is the SDK's: its call has only the SDK's 10-minute default (a finding). The project's bounded wrapper
// named the same way is the project's class, whose own client has a timeout (clean).
export async function runDigest(client: import('@anthropic-ai/sdk').default, notes: string[]): Promise<string> {
  const reply = await client.messages.create({ // expect: missing-deadline severity=warn
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: `Summarise:\n${notes.join('\n')}` }],
  });
  return reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

export async function runTitle(model: import('./llm.js').BoundedModel, notes: string[]): Promise<string> {
  return model.ask(`A title for:\n${notes.join('\n')}`);
}
