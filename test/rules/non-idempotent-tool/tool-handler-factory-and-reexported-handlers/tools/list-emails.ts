async function listEmails() {
  const response = await fetch('https://mail.example.com/api/emails', { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text' as const, text: await response.text() }] };
}

export default listEmails;
