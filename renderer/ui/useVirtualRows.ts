import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface VirtualRows {
  /** First row to render (inclusive). */
  start: number;
  /** Last row to render (exclusive). */
  end: number;
  /** Height of all rows together, for the scroll spacer. */
  totalHeight: number;
  /** Scrolls the least needed to show row `index` whole. */
  scrollIntoView(index: number): void;
}

/** Rows rendered before the viewport is measured (and in jsdom, which has no layout). */
const UNMEASURED_ROWS = 60;

/**
 * Windowing for long lists of fixed-height rows (a 10,000-note tree): only the rows in view, plus
 * `overscan` on each side, are rendered. The scroll container is `containerRef`; rows are placed
 * absolutely at `index * rowHeight` inside a spacer of `totalHeight`.
 */
export function useVirtualRows(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 12,
): VirtualRows {
  const [viewport, setViewport] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setViewport((current) =>
        current.top === element.scrollTop && current.height === element.clientHeight
          ? current
          : { top: element.scrollTop, height: element.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [containerRef]);

  const scrollIntoView = useCallback(
    (index: number) => {
      const element = containerRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight)
        element.scrollTop = bottom - element.clientHeight;
    },
    [containerRef, rowHeight],
  );

  const visible =
    viewport.height > 0 ? Math.ceil(viewport.height / rowHeight) + 1 : UNMEASURED_ROWS;
  const first = Math.floor(viewport.top / rowHeight);
  const start = Math.max(0, Math.min(first, count) - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, totalHeight: count * rowHeight, scrollIntoView };
}
