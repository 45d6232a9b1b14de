import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { SIGNATURE_ALGORITHM, type PackSignature } from '../../../shared/packs/packManifest';
import { keyIdOf } from './keyFingerprint';

/**
 * Ed25519 signatures over the exact bytes of a pack's manifest.json, with Node's crypto, so any
 * tool that has the bytes and the public key can check them. Nothing is re-serialised.
 */

/** The raw 32-byte public key of an Ed25519 key (public or private). */
export function rawPublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === 'public' ? key : createPublicKey(key);
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

/** A public key object from its raw 32 bytes. */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
}

/** signature.json for `manifestBytes`, signed with a PKCS#8 PEM private key. */
export function signManifest(manifestBytes: Uint8Array, privateKeyPem: string): PackSignature {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = rawPublicKey(privateKey);
  return {
    algorithm: SIGNATURE_ALGORITHM,
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.toString('base64'),
    signature: sign(null, manifestBytes, privateKey).toString('base64'),
  };
}

/**
 * Why `signature` does not hold for `manifestBytes`, or null when it does: the key id must be
 * the hash of the public key it comes with, and the signature must verify under that key.
 */
export function signatureProblem(
  manifestBytes: Uint8Array,
  signature: PackSignature,
): string | null {
  const publicKey = Buffer.from(signature.publicKey, 'base64');
  if (publicKey.length !== 32) return 'its public key is not an Ed25519 key';
  if (keyIdOf(publicKey) !== signature.keyId) return 'its key id does not belong to its public key';
  let valid: boolean;
  try {
    valid = verify(
      null,
      manifestBytes,
      publicKeyFromRaw(publicKey),
      Buffer.from(signature.signature, 'base64'),
    );
  } catch {
    valid = false;
  }
  return valid
    ? null
    : 'the signature does not match the manifest (the manifest was changed, or signed by another key)';
}
