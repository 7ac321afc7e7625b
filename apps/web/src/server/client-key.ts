import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { clientKeyHeader } from '@/lib/security/rate-limit';

// Made at start and held only in memory: the same address gets the same key until a restart, and
// no key can be traced back to an address, by Haven or by anyone who reads a dump of the process.
const salt = randomBytes(32);

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * An opaque name for whoever sent `request`, for rate limits. The address is the connection's,
 * or the one the front (nginx on this machine) says it forwarded for; it is hashed at once and
 * never stored or logged.
 */
export function clientKey(request: IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-real-ip'];
  const address = loopback.has(peer) && typeof forwarded === 'string' && forwarded !== '' ? forwarded : peer;
  return createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
}

/** Puts the client's key on the request for the app, replacing any the client sent, and drops the address header. */
export function nameClient(request: IncomingMessage): void {
  request.headers[clientKeyHeader] = clientKey(request);
  delete request.headers['x-real-ip'];
}
