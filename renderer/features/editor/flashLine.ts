import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Highlights the line at a position (null clears it): where an anchor led the reader. */
export const flashLineEffect = StateEffect.define<number | null>();

export const flashLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(flashLineEffect)) continue;
      next =
        effect.value === null
          ? Decoration.none
          : Decoration.set([
              Decoration.line({ class: 'cm-flash-line' }).range(
                tr.state.doc.lineAt(Math.min(effect.value, tr.state.doc.length)).from,
              ),
            ]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
