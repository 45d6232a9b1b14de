import { act, cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { settingsSchema, type Settings } from '../../shared/api/settingsMethods';
import { renderApp } from '../../testing/renderer/renderApp';
import { useSettings } from './SettingsContext';

afterEach(cleanup);

it('a late answer to an earlier change does not undo a later one', async () => {
  const answers: ((settings: Settings) => void)[] = [];
  let current: ReturnType<typeof useSettings> | null = null;
  const Probe = () => {
    current = useSettings();
    return null;
  };
  await renderApp(<Probe />, {
    api: {
      'settings.update': () => new Promise<Settings>((resolve) => answers.push(resolve)),
    },
  });
  let first!: Promise<void>;
  let second!: Promise<void>;
  act(() => {
    first = current!.update({ ui: { width: 1 } });
    second = current!.update({ theme: 'dark' });
  });
  expect(current!.settings.theme).toBe('dark');
  // The core answers the later change first (with both changes), then the earlier one.
  await act(async () => {
    answers[1]!(settingsSchema.parse({ theme: 'dark', ui: { width: 1 } }));
    await second;
    answers[0]!(settingsSchema.parse({ theme: 'system', ui: { width: 1 } }));
    await first;
  });
  expect(current!.settings.theme).toBe('dark');
  expect(current!.settings.ui.width).toBe(1);
});
