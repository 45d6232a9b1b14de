import { ApiError } from '../../../shared/api/apiError';
import type { TrustedPublisher, TrustedPublisherRecord } from '../../../shared/api/keysMethods';
import type { MetadataStore } from '../store/metadataStore';
import { keyFingerprint } from './keyFingerprint';

/** The publishers a vault trusts (db.json `trustedPublishers`), by key id. */
export class TrustStore {
  readonly #store: MetadataStore;

  constructor(store: MetadataStore) {
    this.#store = store;
  }

  list(): TrustedPublisher[] {
    return [...this.#store.data.trustedPublishers]
      .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0))
      .map(withFingerprint);
  }

  /** The trusted publisher with this key (id and public key both), or null. */
  find(keyId: string, publicKey: string): TrustedPublisher | null {
    const record = this.#store.data.trustedPublishers.find(
      (r) => r.keyId === keyId && r.publicKey === publicKey,
    );
    return record ? withFingerprint(record) : null;
  }

  /** Trusts a key; trusting one again updates its names and keeps one record. */
  async add(record: TrustedPublisherRecord): Promise<TrustedPublisher> {
    await this.#store.update((data) => {
      data.trustedPublishers = [
        record,
        ...data.trustedPublishers.filter((r) => r.keyId !== record.keyId),
      ];
    });
    return withFingerprint(record);
  }

  async remove(keyId: string): Promise<void> {
    if (!this.#store.data.trustedPublishers.some((r) => r.keyId === keyId))
      throw new ApiError('NOT_FOUND', 'This publisher is not among the trusted ones.');
    await this.#store.update((data) => {
      data.trustedPublishers = data.trustedPublishers.filter((r) => r.keyId !== keyId);
    });
  }
}

export function withFingerprint(record: TrustedPublisherRecord): TrustedPublisher {
  return { ...record, ...keyFingerprint(record.keyId) };
}
