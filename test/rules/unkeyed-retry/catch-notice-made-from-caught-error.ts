// A chat command whose catch sends through the same send helper as its try. When the catch's text is made from the
// caught error (`Couldn't fetch balance: ${err.message}`) it is a notice of the failure, not a second attempt at the
// message the try was sending: clean. The twin whose catch sends the try's own answer again (a post that may have
// landed before the failure) is the same write made again: a finding.
declare function lookupBalance(chatId: number): Promise<number>;
declare function lookupCachedBalance(chatId: number): number;

async function sendMessage(chatId: number, text: string): Promise<void> {
  await fetch('https://chat.example.com/api/sendMessage', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: chatId, text }),
    signal: AbortSignal.timeout(10_000),
  });
}

export async function balanceCommand(chatId: number): Promise<void> {
  try {
    const balance = await lookupBalance(chatId);
    await sendMessage(chatId, `Balance: $${balance.toFixed(2)}`);
  } catch (err) {
    await sendMessage(chatId, `Couldn't fetch balance: ${(err as Error).message}`);
  }
}

export async function digestCommand(chatId: number, digest: string): Promise<void> {
  try {
    await sendMessage(chatId, digest);
  } catch {
    await sendMessage(chatId, `${digest}`); // expect: unkeyed-retry
  }
}
