import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextMenu } from './ContextMenu';

function renderMenu() {
  const ran: string[] = [];
  const onClose = vi.fn();
  const items = ['Open', 'Rename', 'Move to folder…', 'Delete'].map((label) => ({
    id: label,
    label,
    run: () => ran.push(label),
  }));
  render(<ContextMenu label="Actions for Plan" items={items} x={10} y={10} onClose={onClose} />);
  return { ran, onClose };
}

describe('ContextMenu', () => {
  afterEach(cleanup);
  it('focuses its first item and moves with the arrows, wrapping, and first letters', () => {
    renderMenu();
    const menu = screen.getByRole('menu', { name: 'Actions for Plan' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Open' }));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Delete' }));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Open' }));
    fireEvent.keyDown(menu, { key: 'm' });
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Move to folder…' }));
  });

  it('runs the focused item with Enter and closes; Escape closes without running', () => {
    const { ran, onClose } = renderMenu();
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Open' }), { key: 'Enter' });
    expect(ran).toEqual(['Open']);
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(ran).toEqual(['Open']);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
