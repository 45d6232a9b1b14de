import { useState } from 'react';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { TourDialog } from './TourDialog';

/** Runs `help.welcome` (Help menu, command palette, Home's "Take the tour"): opens the tour. */
export function TourCommand() {
  const [open, setOpen] = useState(false);
  useCommandHandler('help.welcome', () => setOpen(true));
  return open ? <TourDialog onClose={() => setOpen(false)} /> : null;
}
