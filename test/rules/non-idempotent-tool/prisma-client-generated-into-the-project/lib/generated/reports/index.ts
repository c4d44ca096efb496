// Near-miss: a project module that happens to live under a `generated` folder but is no Prisma client — an in-memory
// table of report drafts. Its `create` writes nothing outside the process.
const drafts = new Map<string, { title: string }>();

export const reports = {
  create(title: string) {
    const id = `draft-${drafts.size + 1}`;
    drafts.set(id, { title });
    return id;
  },
};
