import { createHash } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';

/** How many words a fingerprint reads as (11 bits each: 88 bits of the key id). */
const WORDS = 8;

/** The key id of a raw Ed25519 public key: SHA-256 of its 32 bytes, lowercase hex. */
export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex');
}

/** A key's fingerprint in the two forms people compare: grouped hex and words. */
export interface KeyFingerprint {
  /** The first 160 bits of the key id in groups of four: `3F2A 91C0 …` (10 groups). */
  fingerprint: string;
  /** Eight words from the BIP-39 English list, read aloud or compared by eye. */
  words: string[];
}

/**
 * The fingerprint of a key id (hex SHA-256 of the public key), to read over the phone or compare
 * with what the publishing department sent by another channel.
 *
 * @example keyFingerprint(keyIdOf(publicKey)).words.join(' ') // 'orbit lunar wide …'
 */
export function keyFingerprint(keyId: string): KeyFingerprint {
  const bytes = Buffer.from(keyId, 'hex');
  const hex = keyId.slice(0, 40).toUpperCase();
  const fingerprint = hex.match(/.{4}/g)!.join(' ');
  const words: string[] = [];
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    if (bits >= 11) {
      bits -= 11;
      words.push(wordlist[(value >>> bits) & 0x7ff]!);
      value &= (1 << bits) - 1;
      if (words.length === WORDS) break;
    }
  }
  return { fingerprint, words };
}
