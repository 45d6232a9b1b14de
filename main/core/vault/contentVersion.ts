import { createHash } from 'node:crypto';

/**
 * The version of a file's content: a hash of its bytes. Comparing versions (not modification
 * times) is what tells a real outside edit from a touch, and works across file systems with
 * coarse timestamps.
 */
export function contentVersion(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url');
}
