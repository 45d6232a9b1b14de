/**
 * The templates a vault starts with, one per note type. They are written into the templates
 * folder the first time templates are needed and belong to the user from then on. Hints are
 * HTML comments: they guide the writer and do not show when the note is read.
 */
export interface DefaultTemplate {
  /** Stable id, recorded in db.json once written. */
  id: string;
  /** File name in the templates folder. */
  fileName: string;
  content: string;
}

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    id: 'solution',
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
  {
    id: 'after-action-review',
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
  {
    id: 'practice',
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
  {
    id: 'meeting',
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
  {
    id: 'question',
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
  {
    id: 'note',
    fileName: 'Note.md',
    content: `---
type: note
template-description: A plain note.
tags: []
---
# {{title}}

`,
  },
];
