import { describe, expect, it } from 'vitest';
import { linkAtPosition } from './linkAtPosition';

describe('linkAtPosition', () => {
  const line = 'See [[Plans#Next|next]] and [site](https://example.org) or https://x.test/a.';

  it('finds the wiki link under the cursor, its ends included', () => {
    expect(linkAtPosition(line, 4)).toEqual({
      kind: 'wiki',
      target: 'Plans',
      heading: 'Next',
      embed: false,
    });
    expect(linkAtPosition(line, 23)).toMatchObject({ kind: 'wiki', target: 'Plans' });
    expect(linkAtPosition(line, 2)).toBeNull();
  });

  it('finds markdown links and bare URLs, without trailing punctuation', () => {
    expect(linkAtPosition(line, 30)).toEqual({ kind: 'href', href: 'https://example.org' });
    expect(linkAtPosition(line, 65)).toEqual({ kind: 'href', href: 'https://x.test/a' });
  });

  it('ignores links inside code', () => {
    expect(linkAtPosition('`[[Not a link]]`', 5)).toBeNull();
    expect(linkAtPosition('`#not-a-tag`', 4)).toBeNull();
  });

  it('finds the #tag under the cursor, but not a heading or a URL fragment', () => {
    const tagged = 'Filed under #policy/housing, see https://x.test/#frag';
    expect(linkAtPosition(tagged, 14)).toEqual({ kind: 'tag', tag: 'policy/housing' });
    expect(linkAtPosition(tagged, 27)).toEqual({ kind: 'tag', tag: 'policy/housing' });
    expect(linkAtPosition(tagged, 50)).toEqual({ kind: 'href', href: 'https://x.test/#frag' });
    expect(linkAtPosition('## Heading', 1)).toBeNull();
  });
});
