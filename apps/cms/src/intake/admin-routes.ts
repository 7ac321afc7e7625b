import type { Core } from '@strapi/strapi';
import { eventUid, readRequestsAction, requestStatuses, requestUid, type RequestStatus } from './uids';

interface Context {
  params: Record<string, string>;
  request: { body?: unknown };
  state: { user?: { id: number; firstname?: string; lastname?: string; email?: string } };
  status: number;
  body: unknown;
}

type Row = Record<string, unknown>;

const listed = ['documentId', 'language', 'status', 'createdAt', 'closedAt'] as const;

/**
 * The Consultation requests page's API, for admins holding the intake permission (the Intake role
 * and super admins): a list without any content, one sealed request (its opening recorded), and
 * status changes (recorded). Under /haven-intake with the admin panel's own sign-in.
 */
export function registerIntakeRoutes(strapi: Core.Strapi): void {
  const requests = () => strapi.db.query(requestUid);
  const record = async (ctx: Context, request: string, action: string) => {
    const user = ctx.state.user!;
    await strapi.db.query(eventUid).create({
      data: {
        request,
        action,
        adminUserId: user.id,
        adminUserName: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email,
      },
    });
  };
  const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [readRequestsAction] } }];

  strapi.server.routes({
    type: 'admin',
    prefix: '/haven-intake',
    routes: [
      {
        method: 'GET',
        path: '/requests',
        config: { policies },
        handler: async (ctx: Context) => {
          ctx.body = { data: (await requests().findMany({ select: [...listed], orderBy: { createdAt: 'desc' }, limit: 500 })) as Row[] };
        },
      },
      {
        method: 'GET',
        path: '/requests/:documentId',
        config: { policies },
        handler: async (ctx: Context) => {
          const request = (await requests().findOne({
            select: [...listed, 'sealed'],
            where: { documentId: ctx.params.documentId },
          })) as Row | null;
          if (!request) {
            ctx.status = 404;
            ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'No such request (it may have been deleted)' } };
            return;
          }
          await record(ctx, ctx.params.documentId!, 'viewed');
          const events = (await strapi.db.query(eventUid).findMany({
            select: ['action', 'adminUserName', 'createdAt'],
            where: { request: ctx.params.documentId },
            orderBy: { createdAt: 'asc' },
          })) as Row[];
          ctx.body = { data: { ...request, events } };
        },
      },
      {
        method: 'PUT',
        path: '/requests/:documentId/status',
        config: { policies },
        handler: async (ctx: Context) => {
          const status = (ctx.request.body as { status?: unknown } | undefined)?.status;
          if (!requestStatuses.includes(status as RequestStatus)) {
            ctx.status = 400;
            ctx.body = { error: { status: 400, name: 'ValidationError', message: `status: must be one of ${requestStatuses.join(', ')}` } };
            return;
          }
          const updated = (await requests().update({
            where: { documentId: ctx.params.documentId },
            data: { status, closedAt: status === 'closed' ? new Date() : null },
            select: [...listed],
          })) as Row | null;
          if (!updated) {
            ctx.status = 404;
            ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'No such request (it may have been deleted)' } };
            return;
          }
          await record(ctx, ctx.params.documentId!, `marked-${status as RequestStatus}`);
          ctx.body = { data: updated };
        },
      },
    ],
  } as never);
}
