// The bot's own Bot API helpers: each sends a new message (a POST to sendMessage) with no key a repeat could carry.
const API = `https://api.telegram.org/bot${process.env.BOT_TOKEN}`;

export async function sendText(chatId: number, text: string): Promise<void> {
  await fetch(`${API}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: chatId, text }),
    signal: AbortSignal.timeout(10_000),
  });
}

export async function answerFromNotes(question: string): Promise<string> {
  return `notes say: ${question}`;
}
