import path from 'node:path';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../core/vault/atomicWrite';

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The remembered window bounds, if at least part of the window's title bar would still be on one
 * of today's displays (a monitor may have been unplugged); else centred defaults.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) =>
      x + 100 > area.x &&
      x < area.x + area.width - 100 &&
      y >= area.y - 10 &&
      y < area.y + area.height - 50,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export async function loadWindowState(userDataDir: string): Promise<WindowState> {
  try {
    const text = await fs.readFile(path.join(userDataDir, 'window-state.json'), 'utf8');
    return windowStateSchema.parse(JSON.parse(text));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await fs.mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(path.join(userDataDir, 'window-state.json'), JSON.stringify(state));
}
