import { RateLimit } from '@/lib/security/rate-limit';

describe('RateLimit', () => {
  it('allows `limit` requests a window per client, then refuses until the window ends', () => {
    let now = 0;
    const limit = new RateLimit({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false]);
    expect(limit.take('b')).toBe(true);
    now = 59_999;
    expect(limit.take('a')).toBe(false);
    now = 60_000;
    expect(limit.take('a')).toBe(true);
  });

  it('tracks a bounded number of clients, dropping ended windows and then the oldest', () => {
    let now = 0;
    const limit = new RateLimit({ limit: 1, windowMs: 1000, maxClients: 10, now: () => now });
    for (let i = 0; i < 10; i += 1) limit.take(`client${i}`);
    now = 500;
    limit.take('late');
    // Every window was live: the oldest were dropped to make room.
    expect(limit.clients).toBeLessThanOrEqual(10);
    expect(limit.take('late')).toBe(false);
    now = 1000;
    for (let i = 0; i < 20; i += 1) limit.take(`new${i}`);
    expect(limit.clients).toBeLessThanOrEqual(10);
  });
});
