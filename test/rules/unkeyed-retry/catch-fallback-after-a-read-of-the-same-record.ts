// README question 63: the try first reads the review it comments on (a GET sharing the review's id with the fallback),
// then posts an inline comment; the catch posts the same comment as a plain note after any failure — a second comment
// when the inline one landed and only its answer was lost. The read sharing the id does not hide the write after it.
// Clean: the same shape whose try only reads before failing over to the note (nothing was written to repeat).
const API = 'https://code.example.com/api/v4';

async function getReviewVersions(projectId: string, reviewId: number): Promise<Array<{ head: string }>> {
  const response = await fetch(`${API}/projects/${projectId}/reviews/${reviewId}/versions`, { signal: AbortSignal.timeout(10_000) });
  return (await response.json()) as Array<{ head: string }>;
}

async function postInlineComment(projectId: string, reviewId: number, body: string, head: string): Promise<void> {
  await fetch(`${API}/projects/${projectId}/reviews/${reviewId}/discussions`, { method: 'POST', body: JSON.stringify({ body, position: { head } }), signal: AbortSignal.timeout(10_000) });
}

async function postNote(projectId: string, reviewId: number, body: string): Promise<void> {
  await fetch(`${API}/projects/${projectId}/reviews/${reviewId}/notes`, { method: 'POST', body: JSON.stringify({ body }), signal: AbortSignal.timeout(10_000) });
}

export async function commentOnLine(projectId: string, reviewId: number, body: string): Promise<void> {
  try {
    const [latest] = await getReviewVersions(projectId, reviewId);
    await postInlineComment(projectId, reviewId, body, latest?.head ?? '');
  } catch (error) {
    console.warn('inline comment failed, posting a note', error);
    await postNote(projectId, reviewId, body); // expect: unkeyed-retry
  }
}

export async function noteAfterLookup(projectId: string, reviewId: number, body: string): Promise<void> {
  try {
    const versions = await getReviewVersions(projectId, reviewId);
    if (versions.length === 0) throw new Error('no versions');
  } catch {
    await postNote(projectId, reviewId, body);
  }
}
