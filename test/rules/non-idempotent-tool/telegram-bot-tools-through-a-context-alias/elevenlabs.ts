// Audio generation: each POST returns the audio it made and stores nothing (README question 30).
export async function textToSpeech(text: string, voice: string): Promise<Buffer> {
  const res = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${voice}?output_format=opus_48000_64`, {
    method: 'POST',
    headers: { 'xi-api-key': process.env.ELEVENLABS_API_KEY ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(60_000),
  });
  return Buffer.from(await res.arrayBuffer());
}

export async function generateMusic(prompt: string): Promise<Buffer> {
  const res = await fetch('https://api.elevenlabs.io/v1/music?output_format=mp3_44100_128', {
    method: 'POST',
    headers: { 'xi-api-key': process.env.ELEVENLABS_API_KEY ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt, music_length_ms: 30_000 }),
    signal: AbortSignal.timeout(120_000),
  });
  return Buffer.from(await res.arrayBuffer());
}
