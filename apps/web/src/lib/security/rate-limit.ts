/** The header the web server names a request's client by (server/client-key.ts); never the client's own. */
export const clientKeyHeader = 'x-haven-client';

/**
 * Counts requests per client in memory only: a fixed window per client, forgotten when it ends.
 * Clients are named by an opaque key (a salted hash made by the web server, see
 * server/client-key.ts), so nothing here could say who asked. The number of clients tracked is
 * bounded: past it, expired windows are dropped, and if all are live the oldest go first.
 */
export class RateLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly options: { limit: number; windowMs: number; maxClients?: number; now?: () => number }) {}

  /** Counts one request; false when the client has already made `limit` in the current window. */
  take(client: string): boolean {
    const now = (this.options.now ?? Date.now)();
    let window = this.windows.get(client);
    if (!window || now - window.startedAt >= this.options.windowMs) {
      this.windows.delete(client);
      if (this.windows.size >= (this.options.maxClients ?? 50_000)) this.forgetSome(now);
      this.windows.set(client, (window = { startedAt: now, count: 0 }));
    }
    window.count += 1;
    return window.count <= this.options.limit;
  }

  get clients(): number {
    return this.windows.size;
  }

  private forgetSome(now: number): void {
    for (const [client, window] of this.windows) if (now - window.startedAt >= this.options.windowMs) this.windows.delete(client);
    // Maps iterate in insertion order: the first are the oldest windows.
    const excess = this.windows.size - Math.floor((this.options.maxClients ?? 50_000) * 0.9);
    for (const client of [...this.windows.keys()].slice(0, Math.max(0, excess))) this.windows.delete(client);
  }
}
