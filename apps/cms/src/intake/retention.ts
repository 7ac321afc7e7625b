import type { Core } from '@strapi/strapi';
import { eventUid, requestUid } from './uids';

const day = 24 * 60 * 60 * 1000;

export interface RetentionDays {
  closedDays: number;
  maxAgeDays: number;
}

/**
 * Deletes (not hides) the requests kept long enough: closed more than `closedDays` ago
 * (REQUEST_RETENTION_CLOSED_DAYS), or received more than `maxAgeDays` ago (REQUEST_MAX_AGE_DAYS)
 * whatever their status, with their record of views. Returns how many requests it deleted.
 */
export async function deleteExpiredRequests(
  strapi: Core.Strapi,
  { now = new Date(), closedDays, maxAgeDays }: RetentionDays & { now?: Date },
): Promise<number> {
  const closedBefore = new Date(now.getTime() - closedDays * day);
  const receivedBefore = new Date(now.getTime() - maxAgeDays * day);
  const requests = strapi.db.query(requestUid);
  const expired = (await requests.findMany({
    select: ['id', 'documentId'],
    where: { $or: [{ status: 'closed', closedAt: { $lte: closedBefore } }, { createdAt: { $lte: receivedBefore } }] },
  })) as { id: number; documentId: string }[];
  if (expired.length === 0) return 0;
  await requests.deleteMany({ where: { id: { $in: expired.map((request) => request.id) } } });
  await strapi.db.query(eventUid).deleteMany({ where: { request: { $in: expired.map((request) => request.documentId) } } });
  return expired.length;
}

/** Runs the deletion every day at 03:00 (each CMS instance: deleting twice deletes nothing more). */
export function scheduleRetention(strapi: Core.Strapi, days: RetentionDays): void {
  strapi.cron.add({
    deleteExpiredConsultationRequests: {
      options: { rule: '0 0 3 * * *' },
      task: async () => {
        const deleted = await deleteExpiredRequests(strapi, days);
        strapi.log.info(
          `consultation requests: ${deleted} deleted (closed over ${days.closedDays} days ago, or older than ${days.maxAgeDays} days)`,
        );
      },
    },
  });
}
