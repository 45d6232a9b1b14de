import { describe, expect, it } from 'vitest';
import { isTemplatePath } from './templatePaths';
import { fillPlaceholders, formatDate } from './templatePlaceholders';

const now = new Date(2026, 2, 5, 9, 7, 3); // 5 March 2026, 09:07:03 local time

describe('template placeholders', () => {
  it('fill title, date, time, domains, steward and review date', () => {
    const text =
      '# {{title}}\n{{date}} {{time}} | {{domain}} | {{domains}} | {{domain-slug}} | {{steward}} | {{review-by}}';
    expect(
      fillPlaceholders(text, {
        title: 'Faster invoices',
        now,
        domains: [
          { slug: 'procurement', name: 'Procurement and contracts' },
          { slug: 'finance-and-budget', name: 'Finance and budget' },
        ],
        steward: 'Ana Ruiz',
        reviewBy: '2027-03-05',
      }),
    ).toBe(
      '# Faster invoices\n2026-03-05 09:07 | Procurement and contracts | Procurement and contracts, Finance and budget | procurement | Ana Ruiz | 2027-03-05',
    );
  });

  it('accept any case and spaces inside the braces, and custom formats', () => {
    expect(
      fillPlaceholders('{{ Title }} {{DATE:D MMMM YYYY}} {{time:HH[h]mm}}', { title: 'T', now }),
    ).toBe('T 5 March 2026 09h07');
  });

  it('fill missing values with nothing and leave unknown placeholders as written', () => {
    expect(fillPlaceholders('[{{domain}}] {{steward}} {{author}} {{ }}', { title: 'T', now })).toBe(
      '[]  {{author}} {{ }}',
    );
  });

  it('never read the title as a placeholder pattern', () => {
    expect(fillPlaceholders('{{title}}', { title: '{{date}} $& $1', now })).toBe('{{date}} $& $1');
  });
});

describe('formatDate', () => {
  it('knows the moment.js tokens templates use', () => {
    expect(formatDate(now, 'YYYY-MM-DD HH:mm:ss')).toBe('2026-03-05 09:07:03');
    expect(formatDate(now, 'YY M D H')).toBe('26 3 5 9');
    expect(formatDate(now, 'dddd, MMM D')).toBe('Thursday, Mar 5');
    expect(formatDate(now, '[Week of] D')).toBe('Week of 5');
    expect(formatDate(now, 'dddd D [de] MMMM', 'es')).toBe('jueves 5 de marzo');
  });
});

describe('template paths', () => {
  it('are the files of the top-level templates folder, in any letter case', () => {
    expect(isTemplatePath('templates/Solution.md')).toBe(true);
    expect(isTemplatePath('Templates/sub/Meeting.md')).toBe(true);
    expect(isTemplatePath('templates')).toBe(false);
    expect(isTemplatePath('notes/templates/x.md')).toBe(false);
    expect(isTemplatePath('templates-old/x.md')).toBe(false);
  });
});
