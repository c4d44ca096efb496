async function sendEmail({ to, subject }: { to: string; subject: string }) {
  const response = await fetch('https://mail.example.com/api/send', { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ to, subject }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text' as const, text: await response.text() }] };
}

export default sendEmail;
