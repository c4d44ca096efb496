// A review pipeline on @anthropic-ai/sdk. The client retries twice by default with no key, so the
// batch submission and the file upload can be duplicated. messages.create is a completion: clean.
import Anthropic, { toFile } from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 120_000 });

export async function queueContractReviews(contracts: { id: string; text: string }[]) {
  const batch = await anthropic.messages.batches.create({ // expect: unkeyed-retry
    requests: contracts.map((contract) => ({
      custom_id: contract.id,
      params: {
        model: 'claude-sonnet-4-5',
        max_tokens: 2_048,
        messages: [{ role: 'user', content: `Flag risky clauses:\n${contract.text}` }],
      },
    })),
  });
  return batch.id;
}

export async function uploadExhibit(pdf: Buffer, name: string) {
  const file = await anthropic.beta.files.upload({ file: await toFile(pdf, name, { type: 'application/pdf' }) }); // expect: unkeyed-retry
  return file.id;
}

export async function quickOpinion(clause: string) {
  const message = await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Is this clause unusual? ${clause}` }],
  });
  const status = await anthropic.messages.batches.retrieve('msgbatch_example');
  return { message, status: status.processing_status };
}
