import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/api/settingsMethods';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Applies the theme setting (`system` follows the OS, live) to <html data-theme>. */
export function useTheme(theme: Settings['theme']): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
