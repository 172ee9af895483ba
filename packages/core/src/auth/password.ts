import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, t=2), OWASP's minimum recommendation.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of a random password nobody knows, made once per process: a login for a name that does not exist is
 * verified against it, so it costs the same argon2 work as a real one and timing does not tell names apart.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hash(randomBytes(18).toString('base64url'));
  return dummy;
}
