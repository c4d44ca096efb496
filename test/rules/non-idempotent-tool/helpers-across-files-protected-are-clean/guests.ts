// The guest list, written with an upsert on the guest's email.
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function saveGuest(eventId: string, email: string, name: string) {
  return prisma.guest.upsert({
    where: { eventId_email: { eventId, email } },
    create: { eventId, email, name },
    update: { name },
  });
}
