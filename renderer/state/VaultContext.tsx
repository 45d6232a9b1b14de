import { createContext, useContext, useSyncExternalStore } from 'react';
import type { VaultSnapshot, VaultStore } from './vaultStore';

export const VaultContext = createContext<VaultStore | null>(null);

export function useVaultStore(): VaultStore {
  const store = useContext(VaultContext);
  if (!store) throw new Error('useVault must be used inside <VaultContext.Provider>.');
  return store;
}

/** The vault's notes and attachments, re-rendering when they change. */
export function useVault(): VaultSnapshot {
  const store = useVaultStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
