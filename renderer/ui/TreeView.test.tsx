import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteSummary } from '../../testing/renderer/noteSummary';
import { buildFolderTree, flattenTree, type TreeNode } from './treeModel';
import { TreeView } from './TreeView';

afterEach(cleanup);

const notes = [
  'Procurement/Framework agreements.md',
  'Procurement/Tenders/Shorter evaluations.md',
  'HR/Onboarding.md',
  'Welcome.md',
  'Weekly review.md',
].map((p) => noteSummary(p));

function Harness({ onOpen, initial = [] }: { onOpen(node: TreeNode): void; initial?: string[] }) {
  const tree = useMemo(() => buildFolderTree(notes), []);
  const [expanded, setExpanded] = useState(new Set(initial));
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);
  return (
    <TreeView
      label="Notes by folder"
      rows={rows}
      onOpen={onOpen}
      onExpandedChange={(id, open) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (open) next.add(id);
          else next.delete(id);
          return next;
        })
      }
      countLabel={(n) => `${n} notes`}
    />
  );
}

const focused = () => document.activeElement?.textContent;
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

describe('TreeView', () => {
  it('is one tab stop: only the active row is tabbable', () => {
    render(<Harness onOpen={vi.fn()} />);
    const items = screen.getAllByRole('treeitem');
    expect(items.filter((i) => i.tabIndex === 0)).toHaveLength(1);
    expect(items[0]).toHaveProperty('tabIndex', 0);
    expect(screen.getByRole('tree', { name: 'Notes by folder' })).toBeTruthy();
  });

  it('moves with the arrows and Home/End, and opens a note with Enter', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    screen.getAllByRole('treeitem')[0]!.focus();
    expect(focused()).toContain('HR');
    press('ArrowDown');
    expect(focused()).toContain('Procurement');
    press('End');
    expect(focused()).toBe('Welcome');
    press('ArrowUp');
    expect(focused()).toBe('Weekly review');
    press('Enter');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ path: 'Weekly review.md' }));
    press('Home');
    expect(focused()).toContain('HR');
  });

  it('expands with ArrowRight, enters the folder, and goes back to the parent with ArrowLeft', () => {
    render(<Harness onOpen={vi.fn()} />);
    act(() => screen.getAllByRole('treeitem')[1]!.focus());
    const procurement = () => screen.getByRole('treeitem', { name: /Procurement/ });
    expect(procurement().getAttribute('aria-expanded')).toBe('false');
    press('ArrowRight');
    expect(procurement().getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toContain('Procurement');
    press('ArrowRight');
    expect(focused()).toContain('Tenders');
    press('ArrowDown');
    expect(focused()).toBe('Framework agreements');
    expect(document.activeElement!.getAttribute('aria-level')).toBe('2');
    press('ArrowLeft');
    expect(focused()).toContain('Procurement');
    press('ArrowLeft');
    expect(procurement().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Framework agreements')).toBeNull();
  });

  it('toggles a folder with Enter and by clicking it', () => {
    render(<Harness onOpen={vi.fn()} />);
    const hr = screen.getByRole('treeitem', { name: /HR/ });
    hr.focus();
    press('Enter');
    expect(screen.getByText('Onboarding')).toBeTruthy();
    fireEvent.click(screen.getByRole('treeitem', { name: /HR/ }));
    expect(screen.queryByText('Onboarding')).toBeNull();
  });

  it('jumps to a row by typing the start of its label', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      render(<Harness onOpen={vi.fn()} />);
      screen.getAllByRole('treeitem')[0]!.focus();
      press('w');
      expect(focused()).toBe('Weekly review');
      // Letters typed quickly one after another spell out a label.
      press('e');
      press('l');
      expect(focused()).toBe('Welcome');
      // After a pause, a letter starts again; the same letter again moves to the next match.
      vi.advanceTimersByTime(1000);
      press('h');
      expect(focused()).toContain('HR');
      vi.advanceTimersByTime(1000);
      press('w');
      vi.advanceTimersByTime(1000);
      press('w');
      expect(focused()).toBe('Welcome');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives groups their note count as text for screen readers', () => {
    render(<Harness onOpen={vi.fn()} />);
    expect(screen.getByRole('treeitem', { name: /Procurement.*2 notes/ })).toBeTruthy();
  });

  it('renders only a window of the rows of a long list, and keeps the focused row', () => {
    const many = Array.from({ length: 5000 }, (_, i) => noteSummary(`n${i}.md`));
    const rows = flattenTree(buildFolderTree(many), new Set());
    render(
      <TreeView
        label="Many"
        rows={rows}
        onOpen={vi.fn()}
        onExpandedChange={vi.fn()}
        countLabel={String}
      />,
    );
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(100);
    screen.getAllByRole('treeitem')[0]!.focus();
    press('End');
    expect(focused()).toBe('n4999');
    expect(document.activeElement!.getAttribute('aria-posinset')).toBe('5000');
  });

  it('with openGroups, opens a group on Enter or click and expands it with the arrows or twisty', () => {
    const onOpen = vi.fn();
    const leaf = (id: string, label: string): TreeNode => ({
      id,
      kind: 'group',
      label,
      path: label,
      count: 1,
      children: [],
    });
    const tree: TreeNode[] = [
      { ...leaf('tag:policy', 'policy'), count: 3, children: [leaf('tag:policy/rent', 'rent')] },
      leaf('tag:tenders', 'tenders'),
    ];
    function Tags() {
      const [expanded, setExpanded] = useState(new Set<string>());
      return (
        <TreeView
          label="Tags"
          rows={flattenTree(tree, expanded)}
          openGroups
          selectedId="tag:tenders"
          onOpen={onOpen}
          onExpandedChange={(id, open) =>
            setExpanded((current) => {
              const next = new Set(current);
              if (open) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          countLabel={(n) => `${n} notes`}
        />
      );
    }
    render(<Tags />);
    const policy = screen.getByRole('treeitem', { name: /policy.*3 notes/ });
    // A tag without nested tags is not expandable; the one shown in the centre is selected.
    expect(policy.getAttribute('aria-expanded')).toBe('false');
    const tenders = screen.getByRole('treeitem', { name: /tenders/ });
    expect(tenders.hasAttribute('aria-expanded')).toBe(false);
    expect(tenders.getAttribute('aria-selected')).toBe('true');
    // A leaf has its count too.
    expect(screen.getByRole('treeitem', { name: /tenders.*1 notes/ })).toBeTruthy();

    act(() => policy.focus());
    press('Enter');
    expect(onOpen).toHaveBeenLastCalledWith(tree[0]);
    press('ArrowRight');
    expect(screen.getByRole('treeitem', { name: /rent/ })).toBeTruthy();
    fireEvent.click(policy.querySelector('.tree-twisty')!);
    expect(screen.queryByRole('treeitem', { name: /rent/ })).toBeNull();
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.click(tenders);
    expect(onOpen).toHaveBeenLastCalledWith(tree[1]);
  });
});
