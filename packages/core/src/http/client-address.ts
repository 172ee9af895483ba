import { isIP } from 'node:net';
import type { Context } from 'hono';

const normalize = (a: string) => {
  const s = a.trim().toLowerCase();
  return s.startsWith('::ffff:') && isIP(s.slice(7)) === 4 ? s.slice(7) : s;
};

/**
 * The client's address (pure): the socket's, or behind a trusted proxy (HttpSettings.trustProxy, read from
 * JICENG_TRUST_PROXY in http/settings.ts) the right-most X-Forwarded-For entry —
 * the one the proxy itself appended; entries left of it are whatever the client claimed.
 */
export function clientAddressOf(input: {
  socketAddress?: string | null;
  forwardedFor?: string | null;
  trustProxy: boolean;
}): string {
  if (input.trustProxy && input.forwardedFor) {
    const last = normalize(input.forwardedFor.split(',').pop() ?? '');
    if (isIP(last)) return last;
  }
  const socket = input.socketAddress ? normalize(input.socketAddress) : '';
  return isIP(socket) ? socket : 'unknown';
}

/** The requesting client's address; under @hono/node-server the socket is `c.env.incoming.socket`. */
export function clientAddress(c: Context<any>, trustProxy: boolean): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return clientAddressOf({
    socketAddress: env?.incoming?.socket?.remoteAddress,
    forwardedFor: c.req.header('x-forwarded-for'),
    trustProxy,
  });
}
