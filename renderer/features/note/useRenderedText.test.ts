import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRenderedText } from './useRenderedText';

describe('useRenderedText', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(initial: string) {
    let text = initial;
    const editorRef = { current: null };
    const hook = renderHook(() => useRenderedText(initial, () => text, editorRef));
    return {
      hook,
      type(next: string, previewShown: boolean) {
        text = next;
        act(() => hook.result.current.textEdited(previewShown));
      },
    };
  }

  it('starts from the initial text and its headings', () => {
    const { hook } = setup('# One\n\n## Two\n');
    expect(hook.result.current.previewText).toBe('# One\n\n## Two\n');
    expect(hook.result.current.headings.map((h) => h.text)).toEqual(['One', 'Two']);
  });

  it('follows typing after a pause, not on every keystroke', () => {
    const { hook, type } = setup('# One\n');
    type('# One\n## Tw', true);
    type('# One\n## Two\n', true);
    expect(hook.result.current.previewText).toBe('# One\n');
    expect(hook.result.current.headings.map((h) => h.text)).toEqual(['One']);
    act(() => vi.advanceTimersByTime(300));
    expect(hook.result.current.previewText).toBe('# One\n## Two\n');
    expect(hook.result.current.headings.map((h) => h.text)).toEqual(['One', 'Two']);
  });

  it('leaves a hidden preview alone while the outline still follows', () => {
    const { hook, type } = setup('# One\n');
    type('# Changed\n', false);
    act(() => vi.advanceTimersByTime(2000));
    expect(hook.result.current.previewText).toBe('# One\n');
    expect(hook.result.current.headings.map((h) => h.text)).toEqual(['Changed']);
    act(() => hook.result.current.showPreviewNow());
    expect(hook.result.current.previewText).toBe('# Changed\n');
  });

  it('shows replaced text at once', () => {
    const { hook, type } = setup('# One\n');
    type('# Reloaded\n', true);
    act(() => hook.result.current.showNow());
    expect(hook.result.current.previewText).toBe('# Reloaded\n');
    expect(hook.result.current.headings.map((h) => h.text)).toEqual(['Reloaded']);
  });
});
