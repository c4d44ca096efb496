// Prisma 7's generator writes the client into the project (`output = "../lib/generated/prisma"` in schema.prisma);
// the generated folder is not committed, so the import names a project path with no file behind it.
import { PrismaClient } from './generated/prisma/client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? new PrismaClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
