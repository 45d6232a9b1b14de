import type { SeedContent } from '../seedTypes';

/** The seed content in English (see SeedContent). */
export const enSeed: SeedContent = {
  domains: {
    procurement: {
      name: 'Procurement and contracts',
      description:
        'Buying goods, works and services for the public: market consultation, tender design and evaluation, framework agreements, contract management and supplier relations.',
    },
    'hr-and-talent': {
      name: 'HR and talent',
      description:
        'Recruiting, onboarding, learning and development, mobility and wellbeing of public employees, and the practices that keep teams skilled and connected.',
    },
    'digital-services': {
      name: 'Digital services',
      description:
        'Designing, building and running digital public services: user research, service design, accessibility, agile delivery, platforms and shared components.',
    },
    'finance-and-budget': {
      name: 'Finance and budget',
      description:
        'Budget preparation and execution, financial control, grants and subsidies, cost estimation and reporting on the use of public money.',
    },
    'legal-and-regulatory': {
      name: 'Legal and regulatory',
      description:
        'Drafting and applying regulations, administrative procedure, data protection, transparency obligations and legal review of decisions and contracts.',
    },
    'citizen-services': {
      name: 'Citizen services',
      description:
        'Serving people and businesses across counters, phone and online channels: appointments, complaints, plain language and making procedures simpler.',
    },
    'data-and-statistics': {
      name: 'Data and statistics',
      description:
        'Collecting, managing, analysing and opening data: statistics, dashboards, data quality, interoperability and evidence for decisions.',
    },
    'policy-evaluation': {
      name: 'Policy evaluation',
      description:
        'Assessing whether policies and programmes work: evaluation design, indicators, impact assessment and turning findings into better policy.',
    },
  },
  templates: {
    solution: {
      fileName: 'Solution.md',
      content: `---
type: solution
template-description: A problem your team solved, what was tried and what worked, so the next person does not start from zero.
tags: []
---
# {{title}}

## Problem
<!-- What needed solving, for whom, and why it mattered. -->

## Context
<!-- The organisation, rules, constraints, people and systems involved. -->

## What was tried
<!-- Each option you tried, including the ones that did not work, and why. -->

## Outcome
<!-- What changed as a result, with figures where you have them. -->

## Lessons
<!-- What you would tell a colleague who faces the same problem tomorrow. -->

## Who to ask
{{steward}}
`,
    },
    'after-action-review': {
      fileName: 'After-action review.md',
      content: `---
type: after-action-review
template-description: A short, blame-free look back at a project, event or incident, to learn from it.
tags: []
---
# {{title}}

*Review held on {{date}}.*

## What was expected
<!-- What did we set out to do? What did success look like? -->

## What actually happened
<!-- The facts, in order, without judging anyone. -->

## Why there was a difference
<!-- What helped, what got in the way, and why. -->

## What to do next time
<!-- What to keep doing, what to change, and who will make it happen. -->
- [ ] 
`,
    },
    practice: {
      fileName: 'Practice.md',
      content: `---
type: practice
template-description: A way of working or a how-to that your community recommends.
tags: []
---
# {{title}}

## Purpose
<!-- What this practice achieves, in one or two sentences. -->

## When to use it
<!-- The situations it fits, and the ones it does not. -->

## How to do it
1. 

## Tips and pitfalls
<!-- What people who have done it wish they had known. -->

## Examples
<!-- Link to notes where it was used, e.g. [[Note name]]. -->

## Who to ask
{{steward}}
`,
    },
    meeting: {
      fileName: 'CoP session.md',
      content: `---
type: meeting
template-description: Notes of a meeting or community of practice session — who came, what was decided, who does what.
tags: [cop-session]
---
# {{title}}

**Date:** {{date}}, {{time}}
**Community:** {{domain}}

## Attendees
- 

## Agenda
1. 

## Notes

## Decisions
- 

## Actions
- [ ] <!-- action — owner — due date -->
`,
    },
    question: {
      fileName: 'Question.md',
      content: `---
type: question
template-description: A question for your community. It stays open until an answer is accepted.
tags: []
---
# {{title}}

## Question
<!-- What do you want to know? Give enough context for a colleague in another department to answer. -->

## Answers
<!-- Add your answer below as "### Answer from <your name>". -->

## Accepted answer
<!-- When an answer solves the question, copy or move it under this heading: the question is then no longer listed as open. -->
`,
    },
    note: {
      fileName: 'Note.md',
      content: `---
type: note
template-description: A plain note.
tags: []
---
# {{title}}

`,
    },
  },
  noteToWrite: 'Supplier day checklist',
  sampleNotes: ({ day, fm, daysFromToday }) => {
    const [year] = day.split('-');
    return {
      'Welcome to Praxis.md': `${fm({ type: 'note', tags: ['praxis/tour'] })}Praxis keeps what you and your community of practice learn at work, on your own computer. Everything here is a plain markdown file in this folder: you can open it with any editor, back it up, or put it under version control.

## A two-minute tour

1. **Wiki links.** Write \`[[\` and pick a note to link it, like [[Framework agreements]]. A link to a note that does not exist yet, like [[Supplier day checklist]], creates it when you follow it.
2. **Backlinks.** Open [[Onboarding new analysts]] and look at the right-hand panel: it shows that this note links to it, with the paragraph around the link.
3. **Community domains.** Notes belong to the domains of your communities of practice — procurement, HR and talent, digital services… — and to free tags such as \`#onboarding\`.
4. **Solutions.** A solution note records a problem, what was tried and what worked, so the next person does not start from zero: see [[Shorter tender evaluations]].
5. **Journal.** Today's entry is one keystroke away (Ctrl+J, or ⌘J on a Mac). Capture what you learned; promote the best of it into a note your community can use. Yours for today: [[${day}]].
6. **Search.** Everything is searchable offline, while you type (Ctrl+Shift+F). To jump to a note by its title, use the quick switcher (Ctrl+O); every action is in the command palette (Ctrl+Shift+P).

The Praxis tour is always in Help › Show the welcome tour. Delete this note whenever you like — it goes to the trash, from where you can restore it.
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
  },
};
