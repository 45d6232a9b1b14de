import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
};
const snapshot = () => document.documentElement.dataset.theme ?? 'light';

/** The theme the window shows now (`<html data-theme>`), for colours read from CSS. */
export function useDocumentTheme(): string {
  return useSyncExternalStore(subscribe, snapshot, () => 'light');
}
