import { describe, expect, it } from 'vitest';
import { LinkResolver, linkKey, noteKeys, type ResolverNote } from './linkResolver';

const note = (path: string, title?: string, aliases: string[] = []): ResolverNote => ({
  path,
  title: title ?? (path.split('/').pop() as string).replace(/\.md$/, ''),
  aliases,
});

const resolverOf = (paths: string[], attachments: string[] = []) =>
  new LinkResolver(
    paths.map((path) => note(path)),
    attachments,
  );

describe('LinkResolver.resolve: Obsidian rules', () => {
  it('matches file names case-insensitively, with or without .md', () => {
    const resolver = resolverOf(['notes/Log.md']);
    for (const target of ['Log', 'log', 'LOG', 'Log.md', 'log.MD', 'notes/log', '/notes/Log.md']) {
      expect(resolver.resolve(target, 'Home.md')).toBe('notes/Log.md');
    }
  });

  it('prefers an exact vault path, even over a same-named note beside the source', () => {
    const resolver = resolverOf(['Note.md', 'b/Note.md', 'a/b/Note.md']);
    expect(resolver.resolve('Note', 'b/source.md')).toBe('Note.md');
    expect(resolver.resolve('b/Note', 'a/source.md')).toBe('b/Note.md');
  });

  it('then prefers the source folder, then the shortest path, then the first by name', () => {
    const resolver = resolverOf(['zzzz/Note.md', 'a/b/Note.md', 'zzzz/deep/x.md', 'b/Note.md']);
    expect(resolver.resolve('Note', 'zzzz/source.md')).toBe('zzzz/Note.md');
    // A parent folder counts for nothing; `b/Note.md` is the shortest path string.
    expect(resolver.resolve('Note', 'zzzz/deep/source.md')).toBe('b/Note.md');
    expect(resolver.resolve('Note', 'other/source.md')).toBe('b/Note.md');
    const tied = resolverOf(['bb/Tie.md', 'aa/Tie.md']);
    expect(tied.resolve('Tie', 'root.md')).toBe('aa/Tie.md');
  });

  it('counts path length in characters, not folders', () => {
    const resolver = resolverOf(['Archive/Note.md', 'a/b/Note.md']);
    expect(resolver.resolve('Note', 'x.md')).toBe('a/b/Note.md');
  });

  it('matches a partial path against the end of a path, on folder boundaries', () => {
    const resolver = resolverOf(['x/folder/N.md', 'myfolder/N.md', 'y/N.md']);
    expect(resolver.resolve('folder/N', 'root.md')).toBe('x/folder/N.md');
    expect(resolver.resolve('older/N', 'root.md')).toBeNull();
  });

  it('resolves a path relative to the source folder', () => {
    const resolver = resolverOf(['a/sub/N.md', 'b/sub/N.md', 'y.md', 'a/z.md']);
    expect(resolver.resolve('sub/N', 'b/source.md')).toBe('b/sub/N.md');
    expect(resolver.resolve('../y', 'a/source.md')).toBe('y.md');
    expect(resolver.resolve('./z', 'a/source.md')).toBe('a/z.md');
  });

  it('does not fall back to a name match for ./ and ../ links', () => {
    const resolver = resolverOf(['elsewhere/Missing.md']);
    expect(resolver.resolve('./Missing', 'a/source.md')).toBeNull();
    expect(resolver.resolve('../../Missing', 'a/source.md')).toBeNull();
  });

  it('never resolves a folder', () => {
    const resolver = resolverOf(['docs.md', 'docs/a.md']);
    expect(resolver.resolve('docs/', 'x.md')).toBeNull();
    expect(resolver.resolve('docs/..', 'x.md')).toBeNull();
    expect(resolver.resolve('docs/a/..', 'x.md')).toBeNull();
  });

  it('resolves attachments by their full name only', () => {
    const resolver = resolverOf(['Report.md'], ['files/image.png', 'files/Report.pdf']);
    expect(resolver.resolve('image.png', 'x.md')).toBe('files/image.png');
    expect(resolver.resolve('IMAGE.PNG', 'x.md')).toBe('files/image.png');
    expect(resolver.resolve('image', 'x.md')).toBeNull();
    expect(resolver.resolve('Report', 'x.md')).toBe('Report.md');
    expect(resolver.resolve('Report.pdf', 'x.md')).toBe('files/Report.pdf');
  });

  it('prefers a note for a name without extension and an attachment for one with', () => {
    const resolver = resolverOf(['a/README.md', 'b/image.png.md'], ['c/README', 'd/image.png']);
    expect(resolver.resolve('README', 'x.md')).toBe('a/README.md');
    expect(resolver.resolve('image.png', 'x.md')).toBe('d/image.png');
    expect(resolver.resolve('image.png.md', 'x.md')).toBe('b/image.png.md');
  });

  it('takes `[[#Heading]]` (an empty target) as the source note', () => {
    expect(resolverOf([]).resolve('', 'a/x.md')).toBe('a/x.md');
  });

  it('compares names NFC-normalised', () => {
    const decomposed = 'legal/Gestio\u0301n de contratos.md';
    const resolver = resolverOf([decomposed]);
    expect(resolver.resolve('Gestión de contratos', 'x.md')).toBe(decomposed);
    expect(resolver.resolve('GESTIÓN DE CONTRATOS', 'x.md')).toBe(decomposed);
    const composed = resolverOf(['Gestión.md']);
    expect(composed.resolve('Gestio\u0301n', 'x.md')).toBe('Gestión.md');
  });

  it('prefers the exact spelling when two files differ only by case', () => {
    const resolver = resolverOf(['Note.md', 'note.md']);
    expect(resolver.resolve('note', 'x.md')).toBe('note.md');
    expect(resolver.resolve('Note', 'x.md')).toBe('Note.md');
    expect(resolver.resolve('NOTE', 'x.md')).toBe('Note.md');
  });
});

describe('LinkResolver.resolve: aliases and titles after Obsidian rules', () => {
  const resolver = new LinkResolver([
    note('proc/Framework agreements.md', 'Framework Agreements', ['FA', 'Rahmenvertrag']),
    note('hr/fa.md', 'Hiring'),
    note('x/2024-05-01.md', 'Kick-off meeting'),
    note('y/other.md', 'Kick-off meeting'),
  ]);

  it('resolves a front-matter alias case-insensitively', () => {
    expect(resolver.resolveDetailed('rahmenvertrag', 'Home.md')).toEqual({
      path: 'proc/Framework agreements.md',
      via: 'alias',
      ambiguous: false,
    });
  });

  it('lets a file name win over an alias', () => {
    expect(resolver.resolve('FA', 'Home.md')).toBe('hr/fa.md');
  });

  it('resolves a title last, with Obsidian’s tie-break', () => {
    expect(resolver.resolveDetailed('kick-off MEETING', 'Home.md')).toEqual({
      path: 'y/other.md',
      via: 'title',
      ambiguous: true,
    });
    expect(resolver.resolve('Kick-off meeting', 'x/source.md')).toBe('x/2024-05-01.md');
  });

  it('returns null when nothing matches', () => {
    expect(resolver.resolve('Nothing here', 'Home.md')).toBeNull();
  });
});

describe('LinkResolver: incremental changes', () => {
  it('follows added, replaced and removed notes and attachments', () => {
    const resolver = new LinkResolver();
    expect(resolver.resolve('N', 'x.md')).toBeNull();
    resolver.addNote(note('b/N.md'));
    expect(resolver.resolve('N', 'x.md')).toBe('b/N.md');
    resolver.addNote(note('a/N.md'));
    expect(resolver.resolve('N', 'x.md')).toBe('a/N.md');
    resolver.addNote(note('a/N.md', 'Renamed title', ['alias']));
    expect(resolver.resolve('alias', 'x.md')).toBe('a/N.md');
    expect(resolver.resolve('Renamed title', 'x.md')).toBe('a/N.md');
    resolver.addNote(note('a/N.md', 'Again'));
    expect(resolver.resolve('alias', 'x.md')).toBeNull();
    resolver.removeNote('a/N.md');
    expect(resolver.resolve('N', 'x.md')).toBe('b/N.md');
    resolver.addAttachment('img/p.png');
    expect(resolver.resolve('p.png', 'x.md')).toBe('img/p.png');
    resolver.removeAttachment('img/p.png');
    expect(resolver.resolve('p.png', 'x.md')).toBeNull();
  });

  it('keeps resolving as files sharing a name, path or alias come and go, one at a time', () => {
    const resolver = new LinkResolver();
    resolver.addNote(note('c/Plan.md', 'Plan', ['Roadmap']));
    resolver.addNote(note('bb/Plan.md', 'Plan', ['Roadmap']));
    resolver.addNote(note('a/Plan.md', 'Plan', ['Roadmap']));
    resolver.addNote(note('Case.md'));
    resolver.addNote(note('case.md'));
    expect(resolver.resolveDetailed('Plan', 'x.md')).toEqual({
      path: 'a/Plan.md',
      via: 'name',
      ambiguous: true,
    });
    expect(resolver.resolve('Roadmap', 'c/x.md')).toBe('c/Plan.md');
    expect(resolver.resolve('Case', 'x.md')).toBe('Case.md');
    expect(resolver.resolve('case', 'x.md')).toBe('case.md');
    resolver.removeNote('a/Plan.md');
    resolver.removeNote('case.md');
    expect(resolver.resolve('Plan', 'x.md')).toBe('c/Plan.md');
    expect(resolver.resolve('case', 'x.md')).toBe('Case.md');
    resolver.removeNote('c/Plan.md');
    expect(resolver.resolveDetailed('Roadmap', 'c/x.md')).toEqual({
      path: 'bb/Plan.md',
      via: 'alias',
      ambiguous: false,
    });
    resolver.removeNote('bb/Plan.md');
    expect(resolver.resolve('Plan', 'x.md')).toBeNull();
    expect(resolver.resolve('Roadmap', 'x.md')).toBeNull();
    expect(resolver.linkTextFor('Case.md', 'x.md')).toBe('Case');
  });
});

describe('LinkResolver.linkTextFor', () => {
  it('uses the bare name when no other file shares it', () => {
    const resolver = resolverOf(['deep/folder/Unique.md'], ['att/diagram.png']);
    expect(resolver.linkTextFor('deep/folder/Unique.md', 'Home.md')).toBe('Unique');
    expect(resolver.linkTextFor('att/diagram.png', 'Home.md')).toBe('diagram.png');
  });

  it('uses the shortest path suffix no other file shares', () => {
    const resolver = resolverOf(['x/a/N.md', 'x/b/N.md', 'y/b/N.md']);
    expect(resolver.linkTextFor('x/a/N.md', 'Home.md')).toBe('a/N');
    expect(resolver.linkTextFor('x/b/N.md', 'Home.md')).toBe('x/b/N');
    // Even beside the source, a shared name gets a path: the link survives moving the source.
    expect(resolver.linkTextFor('x/a/N.md', 'x/a/source.md')).toBe('a/N');
  });

  it('uses the bare name of a root note, which its exact path makes unambiguous', () => {
    const resolver = resolverOf(['N.md', 'sub/N.md']);
    expect(resolver.linkTextFor('N.md', 'sub/x.md')).toBe('N');
    expect(resolver.linkTextFor('sub/N.md', 'sub/x.md')).toBe('sub/N');
  });

  it('never relies on an alias or a title', () => {
    const resolver = new LinkResolver([note('a/Target.md', 'Other'), note('b/Other.md', 'Target')]);
    expect(resolver.linkTextFor('b/Other.md', 'x.md')).toBe('Other');
    expect(resolver.linkTextFor('a/Target.md', 'x.md')).toBe('Target');
  });

  it('gives text that resolves back, for every file in a crowded vault', () => {
    const paths = [
      'N.md',
      'a/N.md',
      'a/b/N.md',
      'c/b/N.md',
      'Gestión.md',
      'x/Gestión.md',
      'a/n.png',
    ];
    const resolver = resolverOf(
      paths.filter((p) => p.endsWith('.md')),
      paths.filter((p) => !p.endsWith('.md')),
    );
    for (const target of paths) {
      for (const from of ['root.md', 'a/s.md', 'a/b/s.md', 'c/s.md', 'x/s.md']) {
        expect(resolver.resolve(resolver.linkTextFor(target, from), from)).toBe(target);
      }
    }
  });
});

describe('linkKey', () => {
  it('indexes a link and the file it may reach under the same key', () => {
    expect(linkKey('Folder/Note.MD')).toBe('note');
    expect(linkKey('../Note')).toBe('note');
    expect(linkKey('img/Photo.PNG')).toBe('photo.png');
    expect(linkKey('Gestio\u0301n')).toBe(linkKey('GESTIÓN.md'));
    expect(noteKeys(note('a/Note.md', 'Title', ['Alias/Sub']))).toEqual(['note', 'title', 'sub']);
  });
});
