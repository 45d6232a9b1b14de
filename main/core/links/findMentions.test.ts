import { describe, expect, it } from 'vitest';
import { findMentions, mentionKeys, namesAppearIn } from './findMentions';

/** The words each mention covers, as written. */
function mentions(markdown: string, names: string[]): string[] {
  return findMentions(markdown, mentionKeys(names)).map((m) => markdown.slice(m.start, m.end));
}

describe('findMentions', () => {
  it('finds a name as whole words, ignoring case', () => {
    expect(mentions('Our plan is the PLAN. See Plan.', ['Plan'])).toEqual(['plan', 'PLAN', 'Plan']);
  });

  it('respects word boundaries: "Plan" is not in "Planning", "Airplane" or "plan_b"', () => {
    expect(mentions('Planning, airplane, plan_b, plans, 2plan', ['Plan'])).toEqual([]);
    expect(mentions('(plan), "plan"; plan-b', ['Plan'])).toEqual(['plan', 'plan', 'plan']);
  });

  it('folds accents both ways, precomposed or combining', () => {
    const text = 'La contratacion, la CONTRATACIÓN y la contrataciÓn. Cafe\u0301 y cafè.';
    expect(mentions(text, ['Contratación'])).toEqual([
      'contratacion',
      'CONTRATACIÓN',
      'contrataciÓn',
    ]);
    expect(mentions(text, ['contratacion'])).toHaveLength(3);
    // The combining accent belongs to the mention: linking it must not leave it behind.
    expect(mentions(text, ['Café'])).toEqual(['Cafe\u0301', 'cafè']);
  });

  it('finds aliases, and the longest name where several fit', () => {
    expect(
      mentions('The plan de compras and the PdC and the plan.', ['Plan', 'Plan de compras', 'PdC']),
    ).toEqual(['plan de compras', 'PdC', 'plan']);
  });

  it('matches several words across any run of spaces, never across a line break', () => {
    expect(mentions('Gestión   del\tcambio.', ['Gestión del cambio'])).toEqual([
      'Gestión   del\tcambio',
    ]);
    expect(mentions('Gestión del\ncambio.', ['Gestión del cambio'])).toEqual([]);
  });

  it('ignores code spans, fenced and indented code, and comments', () => {
    const text = [
      'Use `Plan` here and ``a Plan`` there.',
      '',
      '```',
      'Plan',
      '```',
      '',
      '~~~md',
      'Plan',
      '~~~',
      '',
      '    Plan in indented code',
      '',
      '<!-- Plan -->',
      '%% Plan %%',
    ].join('\n');
    expect(mentions(text, ['Plan'])).toEqual([]);
  });

  it('ignores words inside existing wiki and markdown links, autolinks and URLs', () => {
    const text = [
      '[[Plan]] [[Other|the plan]] ![[Plan.png]] [the plan](Other.md) [x](Plan.md)',
      '<https://example.org/plan> https://example.org/plan?x=Plan',
    ].join('\n');
    expect(mentions(text, ['Plan'])).toEqual([]);
  });

  it('finds mentions in headings, list items, quotes and table rows with their block', () => {
    const text = '# The Plan\n\n- a plan\n\n> quoted plan\n\n| a | plan |\n|---|---|\n';
    const found = findMentions(text, mentionKeys(['Plan']));
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Plan', 'plan', 'plan', 'plan']);
    for (const m of found) {
      expect(m.blockStart).toBeLessThanOrEqual(m.start);
      expect(m.blockEnd).toBeGreaterThanOrEqual(m.end);
    }
  });

  it('finds nothing for names that fold to nothing', () => {
    expect(mentionKeys(['', '   '])).toEqual([]);
    expect(findMentions('anything', [])).toEqual([]);
  });

  it('lets a name with punctuation at its edge match beside letters it cannot be part of', () => {
    expect(mentions('We use C++ and C++17, not C.', ['C++'])).toEqual(['C++', 'C++']);
  });
});

describe('namesAppearIn', () => {
  const appears = (text: string, names: string[]) => namesAppearIn(text, mentionKeys(names));

  it('passes every text findMentions finds a mention in', () => {
    const texts = [
      'Our plan de  compras.',
      'our PLAN\tDE \t COMPRAS',
      'La contratación pública',
      'la contratacion publica',
      'Plan de compra\u0301s',
      'x plan de comprasX plan de compras',
    ];
    for (const text of texts) {
      expect(mentions(text, ['Plan de compras', 'Contratación pública'])).not.toEqual([]);
      expect(appears(text, ['Plan de compras', 'Contratación pública'])).toBe(true);
    }
  });

  it('needs the words whole, in order, on one line', () => {
    expect(appears('planning de compras', ['Plan de compras'])).toBe(false);
    expect(appears('plan de comprasX', ['Plan de compras'])).toBe(false);
    expect(appears('plan de\ncompras', ['Plan de compras'])).toBe(false);
    expect(appears('plan decompras', ['Plan de compras'])).toBe(false);
    expect(appears('de compras plan', ['Plan de compras'])).toBe(false);
    expect(appears('Gestión — “planes” …', ['Plan'])).toBe(false);
    expect(appears('Gestión — “plan” …', ['Plan'])).toBe(true);
  });
});
