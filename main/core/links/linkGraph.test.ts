import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LinkGraph, UnlinkablePathError, type GraphNote, type LinkRewrite } from './linkGraph';

// --- A real Obsidian-style vault in a temp folder -----------------------------------------------

const HOME_BODY = `# Home

Welcome. Start with [[Framework agreements]] and [[procurement/Framework agreements|the framework]].

- Renewal rules: [[Framework agreements#Renewal]] (see [[procurement/Framework agreements#Renewal]])
- Clause four: [[Framework agreements#^clause-4]]
- Back to [[#Home]]

| Topic | Note |
| --- | --- |
| Contracts | [[Gestión de contratos\\|contracts]] |
| Framework | [[Framework agreements\\|FA table]] |

\`\`\`md
An example: [[Framework agreements]]
\`\`\`

Inline \`[[Framework agreements]]\` is code too.

![[diagram.png]]
![[Framework agreements]]

Also [[FA]], [[Missing note]] and [[Kickoff]].
`;

const FILES: Record<string, string> = {
  'Home.md': `---\ntitle: Home\ntags: [start]\n---\n${HOME_BODY}`,
  'procurement/Framework agreements.md': `---
title: Framework agreements
aliases: [FA]
---
# Framework agreements

## Renewal

Renew yearly. ^clause-4

See [[Gestión de contratos]] and [[Framework agreements#Renewal|above]].
`,
  'legal/Gestión de contratos.md': `# Gestión de contratos

Links back to [[Home]] and to [[procurement/Framework agreements]].

> Quoted: [[Framework agreements|FA quote]]
`,
  'projects/Kickoff.md': 'Project kickoff. See [[Kickoff]].\n',
  'meetings/2024/Kickoff.md': 'Meeting notes. See [[Kickoff]].\n',
  'finance/b25.md': '---\ntitle: Budget 2025\n---\nNumbers.\n',
  'finance/Plan.md': 'The [[Budget 2025]] note, by title.\n',
  'journal/2024-05-01.md': [
    '---',
    'title: Journal 2024-05-01',
    '---',
    'Today I read [[Framework agreements]].',
    '',
    '```',
    '[[Framework agreements]]',
    '```',
    '- [[Gestio\u0301n de contratos]] (typed decomposed)',
    '',
  ].join('\r\n'),
};

let vault: string;

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'praxis-links-'));
  for (const [path, text] of Object.entries(FILES)) writeFile(path, text);
  mkdirSync(join(vault, 'attachments'), { recursive: true });
  writeFileSync(join(vault, 'attachments/diagram.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});

afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(join(vault, path)), { recursive: true });
  writeFileSync(join(vault, path), text);
}

function readText(path: string): string {
  return readFileSync(join(vault, path), 'utf8');
}

function listFiles(dir = vault): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name))
      : [relative(vault, join(dir, entry.name)).split('\\').join('/')],
  );
}

/** Front matter as the vault core splits it: the body starts after the closing `---` line. */
function splitNote(text: string): { frontMatter: string; body: string; bodyStartLine: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  const frontMatter = match?.[0] ?? '';
  const bodyStartLine = (frontMatter.match(/\n/g)?.length ?? 0) + 1;
  return { frontMatter, body: text.slice(frontMatter.length), bodyStartLine };
}

function noteAt(path: string): GraphNote {
  const { frontMatter, body, bodyStartLine } = splitNote(readText(path));
  const data = (frontMatter === '' ? {} : parseYaml(frontMatter.replace(/^---|---\s*$/g, ''))) as {
    title?: string;
    aliases?: string[];
  };
  const heading = /^# (.+)$/m.exec(body)?.[1]?.trim();
  const name = (path.split('/').pop() as string).replace(/\.md$/, '');
  return {
    path,
    title: data.title ?? heading ?? name,
    aliases: data.aliases ?? [],
    body,
    bodyStartLine,
  };
}

function loadGraph(): LinkGraph {
  const graph = new LinkGraph();
  const files = listFiles();
  for (const path of files.filter((p) => p.endsWith('.md'))) graph.setNote(noteAt(path));
  graph.setAttachments(files.filter((p) => !p.endsWith('.md')));
  return graph;
}

const readBody = (path: string) => splitNote(readText(path)).body;

/** Applies a planned move the way the vault core will: rewrite bodies, move, re-feed. */
function applyMove(graph: LinkGraph, fromPath: string, toPath: string, rewrites: LinkRewrite[]) {
  for (const { path, body } of rewrites)
    writeFile(path, splitNote(readText(path)).frontMatter + body);
  mkdirSync(dirname(join(vault, toPath)), { recursive: true });
  renameSync(join(vault, fromPath), join(vault, toPath));
  if (fromPath.endsWith('.md')) {
    graph.removeNote(fromPath);
    graph.setNote(noteAt(toPath));
  } else {
    graph.removeAttachment(fromPath);
    graph.addAttachment(toPath);
  }
  for (const { path } of rewrites) if (path !== fromPath) graph.setNote(noteAt(path));
}

function snapshot(): Record<string, string> {
  return Object.fromEntries(listFiles().map((path) => [path, readText(path)]));
}

/** 1-based line of the first occurrence of `text` in a file. */
function lineOf(path: string, text: string): number {
  const content = readText(path);
  const at = content.indexOf(text);
  expect(at).toBeGreaterThanOrEqual(0);
  return content.slice(0, at).split('\n').length;
}

const FA = 'procurement/Framework agreements.md';
const GESTION = 'legal/Gestión de contratos.md';

// --- Queries ---------------------------------------------------------------------------------------

describe('LinkGraph on an Obsidian-style vault', () => {
  it('lists backlinks with file lines and the block each link sits in', () => {
    const graph = loadGraph();
    const backlinks = graph.backlinks(FA);
    expect(backlinks.map((b) => [b.source, b.line, b.embed])).toEqual([
      ['Home.md', lineOf('Home.md', 'Welcome.'), false],
      ['Home.md', lineOf('Home.md', 'Welcome.'), false],
      ['Home.md', lineOf('Home.md', '- Renewal'), false],
      ['Home.md', lineOf('Home.md', '- Renewal'), false],
      ['Home.md', lineOf('Home.md', '- Clause'), false],
      ['Home.md', lineOf('Home.md', '| Framework'), false],
      ['Home.md', lineOf('Home.md', '![[Framework'), true],
      ['Home.md', lineOf('Home.md', 'Also [[FA]]'), false],
      ['journal/2024-05-01.md', 4, false],
      [GESTION, 3, false],
      [GESTION, 5, false],
    ]);
    const paragraphs = backlinks.map((b) => b.paragraph);
    expect(paragraphs[0]).toBe(
      'Welcome. Start with [[Framework agreements]] and [[procurement/Framework agreements|the framework]].',
    );
    expect(paragraphs[2]).toBe(
      '- Renewal rules: [[Framework agreements#Renewal]] (see [[procurement/Framework agreements#Renewal]])',
    );
    expect(paragraphs[5]).toBe('| Framework | [[Framework agreements\\|FA table]] |');
    expect(paragraphs[6]).toBe('![[diagram.png]]\n![[Framework agreements]]');
    expect(paragraphs[8]).toBe('Today I read [[Framework agreements]].');
    expect(paragraphs[10]).toBe('> Quoted: [[Framework agreements|FA quote]]');
    expect(backlinks[0]?.sourceTitle).toBe('Home');
  });

  it('resolves unicode names whatever their normalisation, attachments and duplicates', () => {
    const graph = loadGraph();
    expect(graph.backlinks(GESTION).map((b) => [b.source, b.paragraph])).toEqual([
      ['Home.md', '| Contracts | [[Gestión de contratos\\|contracts]] |'],
      ['journal/2024-05-01.md', '- [[Gestio\u0301n de contratos]] (typed decomposed)'],
      [FA, 'See [[Gestión de contratos]] and [[Framework agreements#Renewal|above]].'],
    ]);
    expect(graph.backlinks('attachments/diagram.png')).toHaveLength(1);
    // Each Kickoff links to itself (same folder wins); Home gets the shorter path.
    expect(graph.backlinks('projects/Kickoff.md').map((b) => b.source)).toEqual(['Home.md']);
    expect(graph.backlinks('meetings/2024/Kickoff.md')).toEqual([]);
  });

  it('lists outgoing links, code excluded, with where each leads', () => {
    const graph = loadGraph();
    const outgoing = graph.outgoing('Home.md');
    expect(outgoing.map((o) => [o.target, o.heading, o.alias, o.embed, o.resolved])).toEqual([
      ['Framework agreements', null, null, false, FA],
      ['procurement/Framework agreements', null, 'the framework', false, FA],
      ['Framework agreements', 'Renewal', null, false, FA],
      ['procurement/Framework agreements', 'Renewal', null, false, FA],
      ['Framework agreements', '^clause-4', null, false, FA],
      ['', 'Home', null, false, 'Home.md'],
      ['Gestión de contratos', null, 'contracts', false, GESTION],
      ['Framework agreements', null, 'FA table', false, FA],
      ['diagram.png', null, null, true, 'attachments/diagram.png'],
      ['Framework agreements', null, null, true, FA],
      ['FA', null, null, false, FA],
      ['Missing note', null, null, false, null],
      ['Kickoff', null, null, false, 'projects/Kickoff.md'],
    ]);
    expect(graph.outgoing('finance/Plan.md')[0]?.resolved).toBe('finance/b25.md');
  });

  it('lists unresolved links with file lines and counts every link', () => {
    const graph = loadGraph();
    expect(graph.unresolved()).toEqual([
      { file: 'Home.md', line: lineOf('Home.md', 'Also [[FA]]'), target: 'Missing note' },
    ]);
    expect(graph.linkCount()).toBe(13 + 2 + 3 + 1 + 1 + 1 + 2);
  });

  it('follows notes and attachments appearing, changing and going away', () => {
    const graph = loadGraph();
    graph.removeNote(FA);
    expect(graph.unresolved().filter((u) => u.file === 'Home.md')).toHaveLength(9);
    expect(graph.backlinks(FA)).toEqual([]);

    graph.setNote({
      path: 'Missing note.md',
      title: 'Missing note',
      aliases: [],
      body: '',
      bodyStartLine: 1,
    });
    graph.setNote({
      path: 'x/Other.md',
      title: 'Other',
      aliases: ['Framework agreements'],
      body: '',
      bodyStartLine: 1,
    });
    expect(graph.outgoing('Home.md').map((o) => o.resolved)).toEqual([
      'x/Other.md',
      null,
      'x/Other.md',
      null,
      'x/Other.md',
      'Home.md',
      GESTION,
      'x/Other.md',
      'attachments/diagram.png',
      'x/Other.md',
      null,
      'Missing note.md',
      'projects/Kickoff.md',
    ]);

    graph.setNote(noteAt(FA));
    expect(graph.outgoing('Home.md')[0]?.resolved).toBe(FA);
    graph.setNote({ path: 'x/Other.md', title: 'Other', aliases: [], body: '', bodyStartLine: 1 });
    graph.setNote({
      path: 'Kickoff.md',
      title: 'Kickoff',
      aliases: [],
      body: '',
      bodyStartLine: 1,
    });
    expect(graph.outgoing('Home.md')[12]?.resolved).toBe('Kickoff.md');
    expect(graph.outgoing('projects/Kickoff.md')[0]?.resolved).toBe('Kickoff.md');

    graph.removeAttachment('attachments/diagram.png');
    expect(graph.unresolved().map((u) => u.target)).toEqual(['diagram.png']);
    graph.setAttachments(['elsewhere/diagram.png']);
    expect(graph.outgoing('Home.md')[8]?.resolved).toBe('elsewhere/diagram.png');
    expect(graph.unresolved()).toEqual([]);
  });
});

// --- Incremental resolution matches a fresh build -------------------------------------------------

describe('LinkGraph: incremental updates', () => {
  it('ends in the same state as a graph built from scratch, after any sequence of changes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

    const folders = ['', 'a/', 'b/', 'a/b/', 'c/'];
    const names = ['N', 'n', 'M', 'Gestión', 'Gestio\u0301n', 'Kick off'];
    const attachmentPool = ['img/N.png', 'a/N.png', 'pic.png', 'b/pic.png'];
    const targetPool = [
      'N',
      'n.md',
      'M',
      'b/N',
      'a/b/N',
      'a/N',
      './N',
      '../N',
      '../b/M',
      'Gestión',
      'GESTIÓN',
      'N.png',
      'pic.png',
      'img/N.png',
      'Alias one',
      'Title two',
      'Kick off',
      '/c/M',
      'zzz',
      '',
    ];
    const titles = ['Title two', 'N', 'Other'];
    const aliasPool = ['Alias one', 'Title two', 'M', 'n'];

    const randomNote = (path: string): GraphNote => {
      const links = Array.from({ length: Math.floor(random() * 4) }, () => {
        const target = pick(targetPool);
        const embed = random() < 0.2 ? '!' : '';
        // Markdown links index and resolve by their own rules: they must stay as fresh.
        if (random() < 0.3) {
          const extension = /\.\w+$/.test(target) || random() < 0.3 ? '' : '.md';
          return `${embed}[t](${target === '' ? '#Heading' : encodeURI(target) + extension})`;
        }
        return target === '' ? '[[#Heading]]' : `${embed}[[${target}]]`;
      });
      return {
        path,
        title: pick(titles),
        aliases: aliasPool.filter(() => random() < 0.2),
        body: `Text ${links.join(' and ')}\n\n\`[[N]]\``,
        bodyStartLine: 1 + Math.floor(random() * 3),
      };
    };

    const graph = new LinkGraph();
    const notes = new Map<string, GraphNote>();
    const attachments = new Set<string>();
    for (let step = 0; step < 3000; step++) {
      const roll = random();
      if (roll < 0.5) {
        const path = `${pick(folders)}${pick(names)}.md`;
        const note = randomNote(path);
        notes.set(path, note);
        graph.setNote(note);
      } else if (roll < 0.75 && notes.size > 0) {
        const path = pick([...notes.keys()]);
        notes.delete(path);
        graph.removeNote(path);
      } else if (roll < 0.85) {
        const path = pick(attachmentPool);
        attachments.add(path);
        graph.addAttachment(path);
      } else if (roll < 0.9) {
        const path = pick(attachmentPool);
        attachments.delete(path);
        graph.removeAttachment(path);
      } else {
        // Queries in between: the lazy refresh must not leave stale state behind.
        graph.backlinks(pick([...notes.keys(), ...attachmentPool]));
      }
      if (step % 250 === 249) expectSameAsFresh(graph, notes, attachments);
    }
    expectSameAsFresh(graph, notes, attachments);
  });

  function expectSameAsFresh(
    graph: LinkGraph,
    notes: Map<string, GraphNote>,
    attachments: Set<string>,
  ) {
    const fresh = new LinkGraph();
    for (const note of [...notes.values()].reverse()) fresh.setNote(note);
    fresh.setAttachments(attachments);
    expect(graph.unresolved()).toEqual(fresh.unresolved());
    expect(graph.linkCount()).toBe(fresh.linkCount());
    for (const path of notes.keys()) {
      expect(graph.outgoing(path)).toEqual(fresh.outgoing(path));
      expect(graph.backlinks(path)).toEqual(fresh.backlinks(path));
    }
    for (const path of attachments) expect(graph.backlinks(path)).toEqual(fresh.backlinks(path));
  }
});

// --- Renames ---------------------------------------------------------------------------------------

describe('LinkGraph.trackLinkChanges', () => {
  const note = (path: string, body: string, title = path.replace(/\.md$/, '')): GraphNote => ({
    path,
    title,
    aliases: [],
    body,
    bodyStartLine: 1,
  });
  const graph = () => {
    const g = new LinkGraph();
    g.setNote(note('Plan.md', '# Plan\n\nSee [[Budget]].\n\nNotes.\n'));
    g.setNote(note('Budget.md', '# Budget\n'));
    g.setNote(note('Other.md', 'Unrelated [[Ideas]].\n'));
    return g;
  };

  it('names no note when an edit changes no link, its line or its paragraph', () => {
    const g = graph();
    const edited = note('Plan.md', '# Plan\n\nSee [[Budget]].\n\nNotes, and more notes.\n');
    expect(g.trackLinkChanges('Plan.md', false, () => g.setNote(edited))).toEqual([]);
  });

  it('names the target whose backlink quotes the edited paragraph, and the note whose link moved', () => {
    const g = graph();
    const quoted = note('Plan.md', '# Plan\n\nSee [[Budget]] now.\n\nNotes.\n');
    expect(g.trackLinkChanges('Plan.md', false, () => g.setNote(quoted))).toEqual(['Budget.md']);
    const moved = note('Plan.md', '# Plan\n\nIntro.\n\nSee [[Budget]] now.\n\nNotes.\n');
    expect(g.trackLinkChanges('Plan.md', false, () => g.setNote(moved))).toEqual([
      'Budget.md',
      'Plan.md',
    ]);
  });

  it('names old and new targets when a link changes, and the notes a new title captures', () => {
    const g = graph();
    const relinked = note('Plan.md', '# Plan\n\nSee [[Ideas]].\n\nNotes.\n');
    expect(g.trackLinkChanges('Plan.md', false, () => g.setNote(relinked))).toEqual([
      'Budget.md',
      'Plan.md',
    ]);
    // A new note titled Ideas: the dangling links to it now lead somewhere.
    expect(
      g.trackLinkChanges('Ideas.md', true, () => g.setNote(note('Ideas.md', 'New.\n'))),
    ).toEqual(['Ideas.md', 'Other.md', 'Plan.md']);
    expect(g.trackLinkChanges('Ideas.md', true, () => g.removeNote('Ideas.md'))).toEqual([
      'Ideas.md',
      'Other.md',
      'Plan.md',
    ]);
  });
});

describe('LinkGraph.planMove on random vaults', () => {
  it('keeps every wiki and markdown link leading where it led, whatever moves where', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const folders = ['', 'a/', 'b/', 'a/b/', 'c d/'];
    const names = ['N', 'M', 'Plan A', 'x(1)', 'Ünï'];
    const style = (path: string, from: string) => {
      const bare = path.replace(/\.md$/, '');
      const forms = [
        relativeTo(from, path),
        `/${path}`,
        path,
        path.split('/').pop() as string,
        bare.split('/').pop() as string,
      ];
      const written = pick(forms);
      return random() < 0.5 ? `[t](${encodeURI(written)}#H "x")` : `![t](<${written}>)`;
    };

    for (let round = 0; round < 60; round++) {
      const paths = [
        ...new Set(Array.from({ length: 8 }, () => `${pick(folders)}${pick(names)}.md`)),
      ];
      const notes = new Map<string, GraphNote>();
      for (const path of paths) {
        const links = Array.from({ length: 4 }, () => {
          const target = pick(paths);
          return random() < 0.3 ? `[[${target.replace(/\.md$/, '')}]]` : style(target, path);
        });
        notes.set(path, {
          path,
          title: path,
          aliases: [],
          body: `${links.join(' ')}\n`,
          bodyStartLine: 1,
        });
      }
      const graph = new LinkGraph();
      for (const note of notes.values()) graph.setNote(note);
      const from = pick(paths);
      const to = `${pick(folders)}${pick(['Moved', ...names])}.md`;
      if (notes.has(to) || [...notes.keys()].some((p) => p.toLowerCase() === to.toLowerCase()))
        continue;
      const where = (path: string) =>
        graph.outgoing(path).map((link) => (link.resolved === from ? to : link.resolved));
      const before = new Map(paths.map((path) => [path === from ? to : path, where(path)]));

      const rewrites = graph.planMove(from, to, (path) => notes.get(path)!.body);
      for (const { path, body } of rewrites) notes.set(path, { ...notes.get(path)!, body });
      const moved = notes.get(from)!;
      notes.delete(from);
      notes.set(to, { ...moved, path: to });
      graph.removeNote(from);
      for (const note of notes.values()) graph.setNote(note);
      for (const [path, targets] of before) {
        expect(
          graph.outgoing(path).map((link) => link.resolved),
          `${from} → ${to}: ${path}`,
        ).toEqual(targets);
      }
    }
  });

  function relativeTo(from: string, to: string): string {
    const dir = from.split('/').slice(0, -1);
    const target = to.split('/');
    let common = 0;
    while (common < dir.length && common < target.length - 1 && dir[common] === target[common])
      common++;
    return [...dir.slice(common).map(() => '..'), ...target.slice(common)].join('/');
  }
});

describe('LinkGraph.planMove', () => {
  it('rewrites every link form to a renamed note, keeping headings, aliases, embeds and escapes', () => {
    const graph = loadGraph();
    const before = snapshot();
    const to = 'procurement/Framework contracts.md';
    const rewrites = graph.planMove(FA, to, readBody);

    // Planning writes nothing.
    expect(snapshot()).toEqual(before);
    expect(rewrites.map((r) => [r.path, r.links])).toEqual([
      ['Home.md', 7],
      ['journal/2024-05-01.md', 1],
      [GESTION, 2],
      [FA, 1],
    ]);

    const body = (path: string) => rewrites.find((r) => r.path === path)?.body;
    expect(body('Home.md')).toBe(`# Home

Welcome. Start with [[Framework contracts]] and [[Framework contracts|the framework]].

- Renewal rules: [[Framework contracts#Renewal]] (see [[Framework contracts#Renewal]])
- Clause four: [[Framework contracts#^clause-4]]
- Back to [[#Home]]

| Topic | Note |
| --- | --- |
| Contracts | [[Gestión de contratos\\|contracts]] |
| Framework | [[Framework contracts\\|FA table]] |

\`\`\`md
An example: [[Framework agreements]]
\`\`\`

Inline \`[[Framework agreements]]\` is code too.

![[diagram.png]]
![[Framework contracts]]

Also [[FA]], [[Missing note]] and [[Kickoff]].
`);
    expect(body(FA)).toContain(
      'See [[Gestión de contratos]] and [[Framework contracts#Renewal|above]].',
    );
    expect(body(GESTION)).toBe(`# Gestión de contratos

Links back to [[Home]] and to [[Framework contracts]].

> Quoted: [[Framework contracts|FA quote]]
`);
    // CRLF and the fenced link survive untouched.
    expect(body('journal/2024-05-01.md')).toBe(
      [
        'Today I read [[Framework contracts]].',
        '',
        '```',
        '[[Framework agreements]]',
        '```',
        '- [[Gestio\u0301n de contratos]] (typed decomposed)',
        '',
      ].join('\r\n'),
    );

    // Applied, every link still leads where it did, and nothing new dangles.
    const backlinksBefore = graph.backlinks(FA).length;
    applyMove(graph, FA, to, rewrites);
    expect(graph.backlinks(to)).toHaveLength(backlinksBefore);
    expect(graph.backlinks(FA)).toEqual([]);
    expect(graph.unresolved().map((u) => u.target)).toEqual(['Missing note']);
    expect(loadGraph().backlinks(to)).toHaveLength(backlinksBefore);
  });

  it('leaves names that still resolve alone when a note moves to another folder', () => {
    const graph = loadGraph();
    expect(graph.planMove(GESTION, 'archive/Gestión de contratos.md', readBody)).toEqual([]);
    expect(graph.planMove('Home.md', 'home.md', readBody)).toEqual([]);
  });

  it('gives a path when the new name is shared, and keeps links to the other file', () => {
    const graph = loadGraph();
    writeFile('other/Framework contracts.md', 'Another note with that name.\n');
    graph.setNote(noteAt('other/Framework contracts.md'));
    const rewrites = graph.planMove(FA, 'procurement/Framework contracts.md', readBody);
    const home = rewrites.find((r) => r.path === 'Home.md')?.body ?? '';
    expect(home).toContain('Start with [[procurement/Framework contracts]] and');
    expect(home).toContain('[[procurement/Framework contracts#^clause-4]]');
  });

  it('keeps links to other notes that a moved note would capture', () => {
    const graph = loadGraph();
    // At the vault root, `Kickoff.md` is what every bare `[[Kickoff]]` means.
    const rewrites = graph.planMove('meetings/2024/Kickoff.md', 'Kickoff.md', readBody);
    expect(rewrites.map((r) => [r.path, r.links])).toEqual([
      ['Home.md', 1],
      ['projects/Kickoff.md', 1],
    ]);
    const body = (path: string) => rewrites.find((r) => r.path === path)?.body;
    expect(body('Home.md')).toContain('and [[projects/Kickoff]].');
    expect(body('projects/Kickoff.md')).toBe('Project kickoff. See [[projects/Kickoff]].\n');
    // Its own `[[Kickoff]]` led to itself and still must: the bare name now does.
    expect(body('meetings/2024/Kickoff.md')).toBeUndefined();

    applyMove(graph, 'meetings/2024/Kickoff.md', 'Kickoff.md', rewrites);
    expect(graph.outgoing('Home.md').at(-1)?.resolved).toBe('projects/Kickoff.md');
    expect(graph.outgoing('projects/Kickoff.md')[0]?.resolved).toBe('projects/Kickoff.md');
    expect(graph.outgoing('Kickoff.md')[0]?.resolved).toBe('Kickoff.md');
  });

  it('rewrites the moved note’s own links that its new folder would break', () => {
    const graph = new LinkGraph();
    const body = 'See [[./sibling]], [[sibling#Top|top]] and [[x/Deep]].';
    const bodies: Record<string, string> = { 'a/note.md': body };
    const add = (path: string) =>
      graph.setNote({ path, title: path, aliases: [], body: bodies[path] ?? '', bodyStartLine: 1 });
    for (const path of ['a/note.md', 'a/sibling.md', 'b/sibling.md', 'a/x/Deep.md', 'c/x/Deep.md'])
      add(path);
    const rewrites = graph.planMove('a/note.md', 'c/note.md', (path) => bodies[path] ?? '');
    expect(rewrites).toEqual([
      {
        path: 'a/note.md',
        body: 'See [[a/sibling]], [[a/sibling#Top|top]] and [[a/x/Deep]].',
        links: 3,
      },
    ]);
  });

  it('keeps links that reach a note through its title or aliases', () => {
    const graph = loadGraph();
    expect(graph.planMove('finance/b25.md', 'finance/Budget plan.md', readBody)).toEqual([]);
    const rewrites = graph.planMove(FA, 'archive/Old agreements.md', readBody);
    const home = rewrites.find((r) => r.path === 'Home.md')?.body ?? '';
    expect(home).toContain('Also [[FA]], [[Missing note]]');
  });

  it('rewrites links to a moved attachment, keeping its extension', () => {
    const graph = loadGraph();
    const rewrites = graph.planMove(
      'attachments/diagram.png',
      'attachments/img/flow.png',
      readBody,
    );
    expect(rewrites.map((r) => [r.path, r.links])).toEqual([['Home.md', 1]]);
    expect(rewrites[0]?.body).toContain('![[flow.png]]\n![[Framework agreements]]');
    applyMove(graph, 'attachments/diagram.png', 'attachments/img/flow.png', rewrites);
    expect(graph.unresolved().map((u) => u.target)).toEqual(['Missing note']);
  });

  it('refuses a name that a wiki link cannot spell, and unknown or taken paths', () => {
    const graph = loadGraph();
    expect(() => graph.planMove(FA, 'procurement/A|B.md', readBody)).toThrow(UnlinkablePathError);
    expect(() => graph.planMove(FA, 'procurement/A#B.md', readBody)).toThrow(/cannot contain/);
    expect(() => graph.planMove('nope.md', 'x.md', readBody)).toThrow(/not in the link graph/);
    expect(() => graph.planMove(FA, 'Home.md', readBody)).toThrow(/already exists/);
    graph.setNote({ path: 'home.md', title: 'home', aliases: [], body: '', bodyStartLine: 1 });
    expect(() => graph.planMove('Home.md', 'home.md', readBody)).toThrow(/already exists/);
    expect(graph.resolve('home', 'x.md')).toBe('home.md');
    expect(graph.resolve('Home', 'x.md')).toBe('Home.md');
  });
});
