import { describe, expect, it } from 'vitest';
import { rewriteDomainsInNote, domainMapper } from '../domains/domainRewrite';
import { renameInlineTags, renameTagsInNote, tagRenamer } from './tagRewrite';

describe('tagRenamer', () => {
  const rename = tagRenamer(['policy'], 'topics/policy');

  it('renames the tag and carries nested tags along, keeping their levels as written', () => {
    expect(rename('policy')).toBe('topics/policy');
    expect(rename('Policy/Housing')).toBe('topics/policy/Housing');
    expect(rename('policy-review')).toBeUndefined();
    expect(rename('other/policy')).toBeUndefined();
  });

  it('prefers the most specific source when sources nest', () => {
    const merge = tagRenamer(['a', 'a/b'], 'c');
    expect(merge('a/b/x')).toBe('c/x');
    expect(merge('a/x')).toBe('c/x');
  });

  it('reports nothing to do for a tag that already has the new name', () => {
    expect(tagRenamer(['Contracts'], 'contracts')('contracts')).toBeUndefined();
    expect(tagRenamer(['Contracts'], 'contracts')('Contracts')).toBe('contracts');
  });
});

describe('renameInlineTags', () => {
  const rename = tagRenamer(['old'], 'new');

  it('rewrites tags in text and leaves code, comments, links, URLs and look-alikes alone', () => {
    const body = [
      'Plain #old and #old/child and #Old.',
      'Not #older, not x#old, not `#old`, not [[Note#old]], not http://x.org/#old.',
      '<!-- #old --> %% #old %%',
      '```',
      '#old in a fence',
      '```',
      '- list #old',
      '> quote #old/deep/er',
      '| table | #old |',
    ].join('\n');
    const { body: next, occurrences } = renameInlineTags(body, rename);
    expect(next).toBe(
      [
        'Plain #new and #new/child and #new.',
        'Not #older, not x#old, not `#old`, not [[Note#old]], not http://x.org/#old.',
        '<!-- #old --> %% #old %%',
        '```',
        '#old in a fence',
        '```',
        '- list #new',
        '> quote #new/deep/er',
        '| table | #new |',
      ].join('\n'),
    );
    expect(occurrences).toBe(6);
  });

  it('returns the same string when there is nothing to rename', () => {
    const body = 'no tags here #other';
    expect(renameInlineTags(body, rename)).toEqual({ body, occurrences: 0 });
  });
});

describe('renameTagsInNote', () => {
  const rename = tagRenamer(['old'], 'new');

  it('keeps a flow list in flow style and every other byte of the front matter', () => {
    const raw =
      '---\nid: 1\ntags: [old, "keep me", old/sub] # my tags\ncreated: 2026-01-01\n---\n# T\n#old here\n';
    const result = renameTagsInNote(raw, rename)!;
    expect(result.next).toBe(
      '---\nid: 1\ntags: [new, "keep me", new/sub] # my tags\ncreated: 2026-01-01\n---\n# T\n#new here\n',
    );
    expect(result.occurrences).toBe(3);
    expect(result.problem).toBeNull();
  });

  it('keeps a block list a block list, with its comments', () => {
    const raw = '---\ntags:\n  - old # first\n  - other\n---\nbody\n';
    expect(renameTagsInNote(raw, rename)!.next).toBe(
      '---\ntags:\n  - new # first\n  - other\n---\nbody\n',
    );
  });

  it('keeps a comma-separated string a string, and # prefixes where they were', () => {
    expect(renameTagsInNote('---\ntags: "#old, other"\n---\n', rename)!.next).toBe(
      '---\ntags: "#new, other"\n---\n',
    );
    expect(renameTagsInNote('---\ntags: old\n---\n', rename)!.next).toBe('---\ntags: new\n---\n');
  });

  it('keeps a tag once when a merge makes two the same', () => {
    const merge = tagRenamer(['a', 'b'], 'c');
    const result = renameTagsInNote('---\ntags: [a, c, b, d]\n---\n#a #b #c\n', merge)!;
    expect(result.next).toBe('---\ntags: [c, d]\n---\n#c #c #c\n');
    expect(result.occurrences).toBe(4);
  });

  it('keeps Windows line endings and a BOM', () => {
    const raw = '\uFEFF---\r\ntags: [old]\r\n---\r\nText #old\r\n';
    expect(renameTagsInNote(raw, rename)!.next).toBe(
      '\uFEFF---\r\ntags: [new]\r\n---\r\nText #new\r\n',
    );
  });

  it('changes only the body of a note without front matter', () => {
    expect(renameTagsInNote('Just #old text', rename)!.next).toBe('Just #new text');
  });

  it('renames inline tags only when the front matter cannot be read, and says so', () => {
    const raw = '---\ntags: [old\n---\nText #old\n';
    const result = renameTagsInNote(raw, rename)!;
    expect(result.next).toBe('---\ntags: [old\n---\nText #new\n');
    expect(result.problem).toMatch(/front matter cannot be read/);
  });

  it('returns null when nothing changes', () => {
    expect(renameTagsInNote('---\ntags: [other]\n---\n#other\n', rename)).toBeNull();
  });
});

describe('rewriteDomainsInNote', () => {
  it('renames a slug (any case) and keeps the list form', () => {
    const map = domainMapper(['digital-services'], 'digital');
    expect(
      rewriteDomainsInNote('---\ndomains: [procurement, Digital-Services]\n---\nb', map)!.next,
    ).toBe('---\ndomains: [procurement, digital]\n---\nb');
  });

  it('merges without duplicates and removes when asked', () => {
    const merge = domainMapper(['a', 'b'], 'c');
    const merged = rewriteDomainsInNote('---\ndomains: [a, b, c]\n---\n', merge)!;
    expect(merged.next).toBe('---\ndomains: [c]\n---\n');
    expect(merged.occurrences).toBe(2);
    const remove = domainMapper(['a'], null);
    expect(rewriteDomainsInNote('---\ndomains:\n  - a\n  - b\n---\n', remove)!.next).toBe(
      '---\ndomains:\n  - b\n---\n',
    );
    expect(rewriteDomainsInNote('---\ndomains: [a]\n---\n', remove)!.next).toBe(
      '---\ndomains: []\n---\n',
    );
  });

  it('leaves notes without the domain untouched', () => {
    expect(rewriteDomainsInNote('---\ndomains: [x]\n---\n', domainMapper(['a'], 'b'))).toBeNull();
    expect(rewriteDomainsInNote('no front matter', domainMapper(['a'], 'b'))).toBeNull();
  });
});
