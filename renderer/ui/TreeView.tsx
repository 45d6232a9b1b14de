import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from './Icon';
import { useVirtualRows } from './useVirtualRows';
import type { TreeNode, TreeRow } from './treeModel';

export const TREE_ROW_HEIGHT = 26;
const INDENT = 14;
const TYPEAHEAD_RESET_MS = 700;

export interface TreeViewProps {
  /** Accessible name of the tree. */
  label: string;
  rows: readonly TreeRow[];
  /** The note shown in the centre: marked selected. */
  selectedPath?: string | null;
  /** The row shown in the centre when it is not a note (a domain's page): marked selected. */
  selectedId?: string | null;
  /**
   * Groups are items too (a domain, a tag): Enter and a click on the row open them with
   * `onOpen`, while the arrows and a click on the twisty expand and collapse them.
   */
  openGroups?: boolean;
  /** A row to scroll to and make the keyboard's starting point (e.g. the note just opened). */
  revealId?: string | null;
  onOpen(node: TreeNode): void;
  onExpandedChange(id: string, expanded: boolean): void;
  /** Accessible text of a row's badge, e.g. "12 notes". */
  countLabel(count: number): string;
  /**
   * Asks for the row's context menu: a right click, Shift+F10 or the menu key, at the pointer or
   * below the row.
   */
  onContextMenu?(node: TreeNode, at: { x: number; y: number }): void;
  /**
   * Makes notes draggable: `onDrop` is called when one is dropped on a group (or on a note, whose
   * group is then `parentId`'s).
   */
  onDrop?(dragged: TreeNode, target: TreeNode | null): void;
}

const DRAG_TYPE = 'application/x-praxis-tree-node';

/**
 * A tree following the WAI-ARIA tree pattern, windowed so that tens of thousands of rows stay
 * cheap: one tab stop (roving tabindex), arrows move and expand/collapse, Home/End, PageUp/Down,
 * Enter or Space opens, typing jumps to a row by its first letters. The focused row is always
 * rendered, even when scrolled out of the window, so focus is never lost.
 */
export function TreeView({
  label,
  rows,
  selectedPath,
  selectedId,
  openGroups = false,
  revealId,
  onOpen,
  onExpandedChange,
  countLabel,
  onContextMenu,
  onDrop,
}: TreeViewProps) {
  const [dropId, setDropId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end, totalHeight, scrollIntoView } = useVirtualRows(
    scrollRef,
    rows.length,
    TREE_ROW_HEIGHT,
  );
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.node.id, i])), [rows]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const focusPending = useRef(false);
  const typeahead = useRef({ text: '', at: 0 });

  const selectedIndex = useMemo(
    () =>
      selectedId != null
        ? (indexOf.get(selectedId) ?? -1)
        : selectedPath == null
          ? -1
          : rows.findIndex((r) => r.node.kind === 'note' && r.node.path === selectedPath),
    [rows, indexOf, selectedId, selectedPath],
  );
  const activeIndex =
    activeId != null && indexOf.has(activeId)
      ? indexOf.get(activeId)!
      : selectedIndex >= 0
        ? selectedIndex
        : rows.length > 0
          ? 0
          : -1;

  // Reveal once per new `revealId`, as soon as its row exists (its folders may expand later);
  // rows changing afterwards (the user expanding folders) must not pull the keyboard back.
  const [revealed, setRevealed] = useState<string | null>(null);
  if (revealId != null && revealId !== revealed && indexOf.has(revealId)) {
    setRevealed(revealId);
    setActiveId(revealId);
  }
  const latestIndexOf = useRef(indexOf);
  useEffect(() => {
    latestIndexOf.current = indexOf;
  });
  useEffect(() => {
    const index = revealed == null ? undefined : latestIndexOf.current.get(revealed);
    if (index !== undefined) scrollIntoView(index);
  }, [revealed, scrollIntoView]);

  useLayoutEffect(() => {
    if (!focusPending.current || activeIndex < 0) return;
    focusPending.current = false;
    scrollIntoView(activeIndex);
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
      ?.focus({ preventScroll: true });
  }, [activeIndex, scrollIntoView]);

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    focusPending.current = true;
    setActiveId(row.node.id);
  };

  const activate = (row: TreeRow) => {
    if (row.node.kind === 'group' && !openGroups) onExpandedChange(row.node.id, !row.expanded);
    else onOpen(row.node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || activeIndex < 0) return;
    const row = rows[activeIndex]!;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / TREE_ROW_HEIGHT));
    let handled = true;
    if (onContextMenu && ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu')) {
      const box = scrollRef.current
        ?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
        ?.getBoundingClientRect();
      onContextMenu(row.node, { x: (box?.left ?? 0) + 24, y: box?.bottom ?? 0 });
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + page);
        break;
      case 'PageUp':
        moveTo(activeIndex - page);
        break;
      case 'ArrowRight':
        if (row.node.kind !== 'group' || (openGroups && !row.node.children?.length)) break;
        if (!row.expanded) onExpandedChange(row.node.id, true);
        else if (rows[activeIndex + 1]?.parentId === row.node.id) moveTo(activeIndex + 1);
        break;
      case 'ArrowLeft':
        if (row.node.kind === 'group' && row.expanded) onExpandedChange(row.node.id, false);
        else if (row.parentId != null) moveTo(indexOf.get(row.parentId) ?? activeIndex);
        break;
      case ' ':
        // While typing ahead, a space is part of the label being typed.
        if (typeahead.current.text && event.timeStamp - typeahead.current.at < TYPEAHEAD_RESET_MS)
          typeAhead(' ', event.timeStamp);
        else activate(row);
        break;
      case 'Enter':
        activate(row);
        break;
      default:
        if (event.key.length === 1 && event.key.trim()) typeAhead(event.key, event.timeStamp);
        else handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** Jumps to the next row whose label starts with what was typed in the last moment. */
  const typeAhead = (char: string, now: number) => {
    const state = typeahead.current;
    const text = now - state.at > TYPEAHEAD_RESET_MS ? char : state.text + char;
    typeahead.current = { text, at: now };
    const wanted = text.toLocaleLowerCase();
    // A repeated single letter cycles through the rows with that letter.
    const from = text.length === 1 ? activeIndex + 1 : activeIndex;
    for (let step = 0; step < rows.length; step++) {
      const index = (from + step) % rows.length;
      if (rows[index]!.node.label.toLocaleLowerCase().startsWith(wanted)) return moveTo(index);
    }
  };

  const rendered: number[] = [];
  for (let i = start; i < end; i++) rendered.push(i);
  if (activeIndex >= 0 && (activeIndex < start || activeIndex >= end)) rendered.push(activeIndex);

  return (
    <div ref={scrollRef} className="tree-scroll">
      <div
        role="tree"
        aria-label={label}
        className="tree"
        style={{ height: totalHeight }}
        onKeyDown={onKeyDown}
      >
        {rendered.map((index) => {
          const row = rows[index]!;
          const { node } = row;
          const isGroup = node.kind === 'group';
          const hasChildren = isGroup && (node.children?.length ?? 0) > 0;
          const selectable = !isGroup || openGroups;
          // A note dropped on a note goes to that note's folder.
          const dropTarget = isGroup
            ? node
            : (rows[indexOf.get(row.parentId ?? '') ?? -1]?.node ?? null);
          return (
            <div
              key={node.id}
              role="treeitem"
              data-index={index}
              className={`tree-row${index === selectedIndex ? ' is-selected' : ''}${
                dropId !== null && dropId === (dropTarget?.id ?? '') ? ' is-drop-target' : ''
              }`}
              draggable={onDrop !== undefined && !isGroup}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, node.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (!onDrop || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropId(dropTarget?.id ?? '');
              }}
              onDragLeave={() => setDropId(null)}
              onDrop={(event) => {
                const draggedId = event.dataTransfer.getData(DRAG_TYPE);
                setDropId(null);
                const dragged = rows[indexOf.get(draggedId) ?? -1]?.node;
                if (!onDrop || !dragged) return;
                event.preventDefault();
                onDrop(dragged, dropTarget);
              }}
              onContextMenu={
                onContextMenu
                  ? (event) => {
                      event.preventDefault();
                      focusPending.current = true;
                      setActiveId(node.id);
                      onContextMenu(node, { x: event.clientX, y: event.clientY });
                    }
                  : undefined
              }
              tabIndex={index === activeIndex ? 0 : -1}
              aria-level={row.level}
              aria-setsize={row.setSize}
              aria-posinset={row.posInSet}
              aria-expanded={isGroup && (hasChildren || !openGroups) ? row.expanded : undefined}
              aria-selected={selectable ? index === selectedIndex : undefined}
              title={isGroup ? undefined : node.path}
              style={{
                top: index * TREE_ROW_HEIGHT,
                height: TREE_ROW_HEIGHT,
                paddingLeft: 6 + (row.level - 1) * INDENT,
              }}
              onFocus={() => node.id !== activeId && setActiveId(node.id)}
              onClick={() => {
                focusPending.current = true;
                setActiveId(node.id);
                activate(row);
              }}
            >
              <span
                className="tree-twisty"
                onClick={
                  openGroups && hasChildren
                    ? (event) => {
                        // The twisty only expands; the rest of the row opens the group.
                        event.stopPropagation();
                        focusPending.current = true;
                        setActiveId(node.id);
                        onExpandedChange(node.id, !row.expanded);
                      }
                    : undefined
                }
              >
                {isGroup && (hasChildren || !openGroups) && (
                  <Icon name={row.expanded ? 'chevronDown' : 'chevronRight'} size={12} />
                )}
              </span>
              {node.colour !== undefined ? (
                <span
                  className="tree-swatch"
                  style={{ background: node.colour }}
                  aria-hidden="true"
                />
              ) : (
                <Icon
                  name={node.icon ?? (isGroup ? (row.expanded ? 'folderOpen' : 'folder') : 'file')}
                  size={14}
                />
              )}
              <span className="tree-label">{node.label}</span>
              {node.flag !== undefined && (
                <span className="tree-flag" title={node.flag}>
                  <Icon name="warning" size={12} />
                  <span className="visually-hidden">{node.flag}</span>
                </span>
              )}
              {node.count !== undefined && (
                <span className="count-badge">
                  <span aria-hidden="true">{node.count}</span>
                  <span className="visually-hidden">{countLabel(node.count)}</span>
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
