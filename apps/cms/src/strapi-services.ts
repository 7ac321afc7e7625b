import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';

/**
 * The Strapi services and stores Haven calls, typed where Strapi types them as `any`: the one
 * place that says what Haven relies on them to return. A Strapi upgrade that changes one of them
 * fails here, in one file.
 */
export interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface Row {
  id: number;
}

export const adminUsers = (strapi: Core.Strapi) =>
  strapi.service('admin::user') as { count(): Promise<number>; create(user: Record<string, unknown>): Promise<Row> };

export interface AdminPermission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

export const adminRoles = (strapi: Core.Strapi) =>
  strapi.service('admin::role') as {
    getSuperAdmin(): Promise<Row | null>;
    findOne(where: { code: string }): Promise<Row | null>;
    create(role: { name: string; code: string; description: string }): Promise<Row>;
    /** Makes the role's permissions exactly these. */
    assignPermissions(roleId: number, permissions: AdminPermission[]): Promise<unknown>;
  };

export const adminPermissions = (strapi: Core.Strapi) =>
  strapi.service('admin::permission') as { actionProvider: { registerMany(actions: Record<string, string>[]): Promise<unknown> } };

export const apiTokens = (strapi: Core.Strapi) =>
  strapi.service('admin::api-token-content-api') as {
    hash(token: string): string;
    getByAccessKey(accessKey: string): Promise<{ type?: string; kind?: string | null; expiresAt?: string | null } | null>;
    create(token: Record<string, unknown>): Promise<{ accessKey: string }>;
  };

export const encryption = (strapi: Core.Strapi) => strapi.service('admin::encryption') as { encrypt(value: string): string };

export const apiTokenRows = (strapi: Core.Strapi) =>
  strapi.db.query('admin::api-token') as {
    findOne(query: { where: { name: string } }): Promise<(Row & { accessKey: string; type: string }) | null>;
    delete(query: { where: { id: number } }): Promise<unknown>;
    create(query: { data: Record<string, unknown> }): Promise<Row>;
  };

interface I18nLocales {
  find(): Promise<{ code: string }[]>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
}
export const i18nLocales = (strapi: Core.Strapi) => strapi.plugin('i18n').service<I18nLocales>('locales');

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(webhook: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], webhook: Omit<Webhook, 'id'>): Promise<Webhook>;
}
export const webhookStore = (strapi: Core.Strapi) => strapi.get<WebhookStore>('webhookStore');

export const webhookRunner = (strapi: Core.Strapi) => strapi.get<{ update(webhook: Webhook): void }>('webhookRunner');

export const graphqlExtension = (strapi: Core.Strapi) =>
  strapi.plugin('graphql').service<{
    shadowCRUD(uid: string): { disableMutations(): void; disable(): void };
    use(extension: () => { typeDefs: string; resolvers: Record<string, unknown>; resolversConfig: Record<string, unknown> }): void;
  }>('extension');

export const graphqlSchema = (strapi: Core.Strapi) =>
  strapi.plugin('graphql').service<{ buildSchema(): GraphQLSchema }>('content-api').buildSchema();
