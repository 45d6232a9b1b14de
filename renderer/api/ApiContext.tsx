import { createContext, useContext } from 'react';
import type { ApiClient } from './apiClient';

export const ApiContext = createContext<ApiClient | null>(null);

/** The API client of the app (provided once at the root; tests provide their own). */
export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApiClient must be used inside <ApiContext.Provider>.');
  return client;
}
