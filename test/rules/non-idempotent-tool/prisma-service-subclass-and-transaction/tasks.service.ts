// Writes through the service's client and inside an interactive transaction (the callback's `tx` is the same client).
import { PrismaService } from './prisma.service.js';

export class TasksService {
  constructor(readonly prisma: PrismaService) {}

  async create(description: string) {
    return this.prisma.$transaction(async (tx) => {
      const task = await tx.task.create({ data: { description } });
      await tx.message.create({ data: { taskId: task.id, content: description } });
      return task;
    });
  }

  async rename(id: string, description: string) {
    return this.prisma.task.upsert({ where: { id }, update: { description }, create: { id, description } });
  }

  async list() {
    return this.prisma.task.findMany({ orderBy: { createdAt: 'desc' } });
  }
}
