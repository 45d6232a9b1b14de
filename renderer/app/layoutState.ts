import { z } from 'zod';

/** The window's layout as remembered in `settings.ui.layout`. Widths in CSS pixels. */
export const layoutSchema = z.object({
  sidebarOpen: z.boolean(),
  sidebarWidth: z.number().min(120).max(2000),
  /** The sidebar pane shown (an id of features/sidebar/sidebarPanes.tsx). */
  sidebarPane: z.string().max(100),
  rightOpen: z.boolean(),
  rightWidth: z.number().min(120).max(2000),
});
export type LayoutState = z.infer<typeof layoutSchema>;

export const defaultLayout: LayoutState = {
  sidebarOpen: true,
  sidebarWidth: 260,
  sidebarPane: 'files',
  rightOpen: true,
  rightWidth: 280,
};

export const SIDEBAR_MIN_WIDTH = 180;
export const RIGHT_PANEL_MIN_WIDTH = 200;
export const CENTRE_MIN_WIDTH = 320;
