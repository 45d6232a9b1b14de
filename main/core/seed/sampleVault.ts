import path from 'node:path';
import * as fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../vault/atomicWrite';

/**
 * The vault a new user starts with: a welcome note that is a short tour, a few linked notes across
 * three community domains, a solution note, a question, a CoP session and a journal entry for
 * the day the vault was made. Written once, into an empty folder; after that it is the user's.
 */
export async function seedSampleVault(root: string, today = new Date()): Promise<string[]> {
  const files = sampleVaultFiles(today);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await writeFileAtomic(abs, content);
  }
  return Object.keys(files);
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function frontMatter(fields: Record<string, string | string[]>, created: string): string {
  const lines = [`id: ${randomUUID()}`];
  for (const [key, value] of Object.entries(fields)) {
    // Titles may hold `:` or `?`, which plain YAML would misread: quote them.
    const scalar = key === 'title' ? JSON.stringify(value) : value;
    lines.push(Array.isArray(value) ? `${key}: [${value.join(', ')}]` : `${key}: ${scalar}`);
  }
  lines.push(`created: ${created}`, `updated: ${created}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function sampleVaultFiles(today: Date): Record<string, string> {
  const day = localDate(today);
  const [year] = day.split('-');
  const at = today.toISOString();
  const fm = (fields: Record<string, string | string[]>) => frontMatter(fields, at);
  // Review dates for the stewarded notes: one already past, so "needs review" has something.
  const daysFromToday = (days: number) =>
    localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));

  return {
    'Welcome to Praxis.md': `${fm({ type: 'note', tags: ['praxis/tour'] })}Praxis keeps what you and your community of practice learn at work, on your own computer. Everything here is a plain markdown file in this folder: you can open it with any editor, back it up, or put it under version control.

## A two-minute tour

1. **Wiki links.** Write \`[[\` and pick a note to link it, like [[Framework agreements]]. A link to a note that does not exist yet, like [[Supplier day checklist]], creates it when you follow it.
2. **Backlinks.** Open [[Onboarding new analysts]] and look at the right-hand panel: it shows that this note links to it, with the paragraph around the link.
3. **Community domains.** Notes belong to the domains of your communities of practice — procurement, HR and talent, digital services… — and to free tags such as \`#onboarding\`.
4. **Solutions.** A solution note records a problem, what was tried and what worked, so the next person does not start from zero: see [[Shorter tender evaluations]].
5. **Journal.** Today's entry is one keystroke away (Ctrl+J, or ⌘J on a Mac). Capture what you learned; promote the best of it into a note your community can use. Yours for today: [[${day}]].
6. **Search.** Everything is searchable offline, while you type (Ctrl+Shift+F). To jump to a note by its title, use the quick switcher (Ctrl+O); every action is in the command palette (Ctrl+Shift+P).

Delete this note whenever you like — it goes to the trash, from where you can restore it.
`,

    'Procurement/Framework agreements.md': `${fm({ type: 'practice', domains: ['procurement'], tags: ['contracts'], steward: 'Marta Vidal', 'review-by': daysFromToday(-10) })}A framework agreement fixes the terms (prices, quality, delivery) with one or more suppliers for a period, so that individual orders can be placed quickly without a new tender each time.

## When to use one

- Recurring purchases whose exact quantities are unknown in advance.
- Several departments buying the same category — join forces and share the effort.

## Lessons from our community

- Involve the departments that will order from it during market consultation.
- Keep the lots small enough for smaller suppliers to bid.

See [[Shorter tender evaluations]] for how the evaluation phase was cut from twelve to six weeks.
`,

    'Procurement/Shorter tender evaluations.md': `${fm({ type: 'solution', domains: ['procurement', 'digital-services'], tags: ['contracts', 'evaluation'], steward: 'Jordi Puig', 'review-by': daysFromToday(365) })}## Problem
Evaluating tenders for IT services took twelve weeks on average, delaying projects.

## Context
Three evaluators from different units, paper scoring sheets, one meeting per lot.

## What was tried
- A shared scoring template with the award criteria weighted in advance.
- Evaluators scoring independently first, then one consensus meeting for all lots.

## Outcome
Six weeks on average over the last four tenders, with no increase in appeals.

## Lessons
Agree the scoring scale before the tenders arrive. Related practice: [[Framework agreements]].

## Who to ask
The procurement community moderators.
`,

    'HR and talent/Onboarding new analysts.md': `${fm({ type: 'practice', domains: ['hr-and-talent'], tags: ['onboarding'], steward: 'Ana Ruiz', 'review-by': daysFromToday(180) })}A buddy from another unit, a first-week reading list and a small real task in week two make new analysts productive sooner and more connected across the organisation.

- Week 1: meet the buddy, read the [[Welcome to Praxis|knowledge base tour]], shadow a meeting.
- Week 2: a small, real task with a clear owner.
- Week 4: a short conversation about what surprised them — it often shows what we take for granted.
`,

    'Digital services/Service design sprint.md': `${fm({ title: 'CoP session: service design sprint', type: 'meeting', domains: ['digital-services'], tags: ['cop-session', 'service-design'] })}**Attendees:** members of the digital services community from four departments.

## Decisions
- Run a one-week sprint on the appointment booking service.
- Reuse the onboarding buddy model from [[Onboarding new analysts]] for new sprint members.

## Actions
- [ ] Book the user research room.
- [ ] Share the sprint plan with the community.
`,

    'Digital services/How do we test with citizens.md': `${fm({ title: 'How do we test a new service with citizens?', type: 'question', domains: ['digital-services', 'citizen-services'], tags: ['user-research'] })}We want to test the new booking service with real users before launch. Who has done this, and how did you recruit participants?

## Answers

## Accepted answer
<!-- When an answer solves the question, move it here: the question is then no longer open. -->
`,

    [`journal/${year}/${day}.md`]: `${fm({ type: 'journal', private: 'true', tags: ['journal'] })}# ${day}

## What happened
Set up Praxis and read the [[Welcome to Praxis]] tour.

## What I learned
Framework agreements save time when several departments buy the same thing — see [[Framework agreements]].

## What to share with my community
- [ ] Ask the procurement community about their evaluation template.
`,
  };
}
