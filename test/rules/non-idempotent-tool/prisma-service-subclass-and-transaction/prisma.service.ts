// A NestJS-style service that IS the Prisma client: it extends PrismaClient, so its members are the client's.
import { PrismaClient } from '@prisma/client';

export class PrismaService extends PrismaClient {
  async onModuleInit() {
    await this.$connect();
  }
}
