import { describe, expect, it } from 'vitest';
import { isQuestionAnswered } from './acceptedAnswer';

describe('a question is answered', () => {
  it('when its "Accepted answer" section holds text', () => {
    expect(isQuestionAnswered(null, '# Q\n\n## Accepted answer\nUse the framework.\n')).toBe(true);
    expect(isQuestionAnswered(null, '### accepted answer:\n\n- a list item\n')).toBe(true);
    expect(isQuestionAnswered(null, '## **Accepted Answer**\ntext')).toBe(true);
    expect(isQuestionAnswered(null, '## Respuesta aceptada\nSí.\n')).toBe(true);
  });

  it('not while the section is empty or only holds the template hint', () => {
    expect(isQuestionAnswered(null, '# Q\n## Accepted answer\n')).toBe(false);
    expect(
      isQuestionAnswered(
        null,
        '## Accepted answer\n<!-- When an answer solves it,\nmove it here. -->\n\n',
      ),
    ).toBe(false);
    expect(isQuestionAnswered(null, '## Accepted answer\n%% hint %%\n')).toBe(false);
  });

  it('not from text under the next heading of the same or a higher level', () => {
    const body = '## Accepted answer\n\n## Answers\n### Answer from Ana\nTry this.\n';
    expect(isQuestionAnswered(null, body)).toBe(false);
    // A sub-heading inside the section is part of the answer.
    expect(isQuestionAnswered(null, '## Accepted answer\n### From Ana\nTry this.\n')).toBe(true);
  });

  it('not from a heading inside fenced code', () => {
    expect(isQuestionAnswered(null, '```\n## Accepted answer\nnot really\n```\n')).toBe(false);
  });

  it('when front matter names the accepted answer', () => {
    expect(isQuestionAnswered({ 'accepted-answer': '[[Booking tests]]' }, '')).toBe(true);
    expect(isQuestionAnswered({ 'accepted-answer': true }, '')).toBe(true);
    expect(isQuestionAnswered({ 'accepted-answer': false }, '')).toBe(false);
    expect(isQuestionAnswered({ 'accepted-answer': '' }, '')).toBe(false);
    expect(isQuestionAnswered({ 'accepted-answer': null }, '')).toBe(false);
    expect(isQuestionAnswered({}, '## Answers\nSome answer\n')).toBe(false);
  });
});
