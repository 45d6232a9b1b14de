import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import { NoteSession, SaveBlockedError, type NoteSessionApi } from './noteSession';

/**
 * A disk with the contract of `notes.save`: a save whose baseVersion is not the file's version
 * fails with CONFLICT carrying both texts. Requests can be held to observe what is in flight.
 */
class FakeDisk implements NoteSessionApi {
  file: Note | null;
  #version = 1;
  inFlight = 0;
  maxInFlight = 0;
  saves: string[] = [];
  failNext: ApiError[] = [];
  #held: (() => void)[] = [];
  hold = false;

  constructor(body: string) {
    this.file = this.#note(body, { title: 'Plan' });
  }

  #note(body: string, frontMatter: Record<string, unknown> | null): Note {
    return {
      id: 'n1',
      path: 'Plan.md',
      title: 'Plan',
      type: 'note',
      domains: [],
      tags: [],
      aliases: [],
      created: null,
      updated: '2026-01-01T00:00:00Z',
      private: false,
      body,
      frontMatter,
      frontMatterError: null,
      version: `v${this.#version}`,
      encoding: 'utf-8',
    };
  }

  /** Another program writes the file. */
  writeOutside(body: string): void {
    this.#version++;
    this.file = this.#note(body, this.file?.frontMatter ?? null);
  }

  release(): void {
    const held = this.#held;
    this.#held = [];
    for (const go of held) go();
  }

  async #request<T>(work: () => T): Promise<T> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.hold) await new Promise<void>((resolve) => this.#held.push(resolve));
      else await Promise.resolve();
      const failure = this.failNext.shift();
      if (failure) throw failure;
      return work();
    } finally {
      this.inFlight--;
    }
  }

  save: NoteSessionApi['save'] = (args) =>
    this.#request(() => {
      if (!this.file || this.file.version !== args.baseVersion) {
        throw new ApiError('CONFLICT', 'changed on disk', {
          path: args.path,
          mine: args.body,
          theirs: this.file,
        });
      }
      this.saves.push(args.body);
      this.#version++;
      this.file = this.#note(args.body, { ...this.file.frontMatter, ...args.frontMatter });
      return this.file;
    });

  reads = 0;
  read: NoteSessionApi['read'] = () =>
    this.#request(() => {
      this.reads++;
      return this.file;
    });

  recreate: NoteSessionApi['recreate'] = (args) =>
    this.#request(() => {
      this.#version++;
      this.file = this.#note(args.body, args.frontMatter);
      return this.file;
    });
}

function open(disk: FakeDisk, extra: Partial<ConstructorParameters<typeof NoteSession>[0]> = {}) {
  const editor = { text: disk.file!.body };
  const session = new NoteSession({
    api: disk,
    note: disk.file!,
    getBody: () => editor.text,
    delayMs: 600,
    retryDelaysMs: [1000, 5000],
    ...extra,
  });
  const type = (text: string) => {
    editor.text = text;
    session.edited();
  };
  return { session, editor, type };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NoteSession: autosave', () => {
  it('saves once typing pauses, with the version it started from', async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    type('ab');
    type('abc');
    expect(session.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(599);
    expect(disk.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.saves).toEqual(['abc']);
    expect(session.state).toBe('saved');
    expect(session.baseVersion).toBe(disk.file!.version);

    // The next save starts from the version the previous one returned: no conflict.
    type('abcd');
    await vi.advanceTimersByTimeAsync(600);
    expect(disk.saves).toEqual(['abc', 'abcd']);
    expect(session.state).toBe('saved');
  });

  it('never has two saves in flight; edits made during a save are saved after it', async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    disk.hold = true;
    type('one');
    const first = session.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.state).toBe('saving');
    type('one two');
    const second = session.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight).toBe(1);
    disk.release();
    await vi.advanceTimersByTimeAsync(0);
    disk.release();
    await Promise.all([first, second]);
    expect(disk.maxInFlight).toBe(1);
    expect(disk.saves).toEqual(['one', 'one two']);
    expect(session.state).toBe('saved');
  });

  it('flush saves at once and resolves when the file holds the text', async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    type('typed just now');
    await session.flush();
    expect(disk.file!.body).toBe('typed just now');
    expect(session.dirty).toBe(false);
    // Nothing left for the timer to do.
    await vi.advanceTimersByTimeAsync(1000);
    expect(disk.saves).toHaveLength(1);
  });

  it('typing back to the saved text is not an unsaved change', async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    type('ab');
    type('a');
    expect(session.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(disk.saves).toEqual([]);
  });

  it('saves front-matter changes with the body, keeping later changes pending', async () => {
    const disk = new FakeDisk('a');
    const saveSpy = vi.spyOn(disk, 'save');
    const { session } = open(disk);
    session.setFrontMatter({ tags: ['x'] });
    expect(session.state).toBe('unsaved');
    await session.flush();
    expect(saveSpy.mock.calls[0]![0].frontMatter).toEqual({ tags: ['x'] });
    expect(disk.file!.frontMatter).toMatchObject({ tags: ['x'] });
    expect(session.pendingFrontMatter).toEqual({});
  });
});

describe('NoteSession: failures never lose text', () => {
  it('keeps the text, shows the error and retries until the save succeeds', async () => {
    const disk = new FakeDisk('a');
    const states: string[] = [];
    const { session, type } = open(disk);
    disk.failNext = [
      new ApiError('IO', 'The disk is full.'),
      new ApiError('IO', 'The disk is full.'),
    ];
    type('precious');
    await expect(session.flush()).rejects.toThrow('The disk is full.');
    states.push(session.state);
    expect(session.error?.message).toBe('The disk is full.');
    expect(session.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(1000); // first retry fails too
    expect(session.state).toBe('error');
    await vi.advanceTimersByTimeAsync(5000); // second retry succeeds
    expect(states).toEqual(['error']);
    expect(session.state).toBe('saved');
    expect(disk.file!.body).toBe('precious');
  });

  it('keeps a draft while text is unsaved and drops it once saved', async () => {
    const disk = new FakeDisk('a');
    const drafts = { put: vi.fn(), clear: vi.fn() };
    const { session, type } = open(disk, { drafts });
    disk.failNext = [new ApiError('UNAVAILABLE', 'Praxis is not running.')];
    type('draft text');
    await expect(session.flush()).rejects.toThrow();
    expect(drafts.put).toHaveBeenLastCalledWith('Plan.md', {
      body: 'draft text',
      baseVersion: 'v1',
    });
    expect(drafts.clear).not.toHaveBeenCalled();
    await session.retry();
    expect(drafts.clear).toHaveBeenCalledWith('Plan.md');
  });
});

describe('NoteSession: outside changes and conflicts', () => {
  it('tells its own saves apart from outside edits', async () => {
    const disk = new FakeDisk('a');
    const onReload = vi.fn();
    const { session, type } = open(disk, { onReload });
    type('mine');
    await session.flush();
    expect(await session.diskChanged()).toBe('unchanged');
    expect(onReload).not.toHaveBeenCalled();
  });

  it("knows its own save's echo by the version it carries, without reading the note", async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    type('mine');
    // The echo can come while the save is still on its way: it is checked after the save.
    const saving = session.flush();
    const echo = session.diskChanged('v2');
    await saving;
    expect(await echo).toBe('unchanged');
    expect(disk.reads).toBe(0);
    // Another version is someone else's: that one is read.
    disk.writeOutside('theirs');
    expect(await session.diskChanged('v3')).toBe('reloaded');
    expect(disk.reads).toBe(1);
  });

  it('reloads an outside edit when there is nothing unsaved', async () => {
    const disk = new FakeDisk('a');
    const onReload = vi.fn();
    const { session, type } = open(disk, { onReload });
    disk.writeOutside('from another program');
    expect(await session.diskChanged()).toBe('reloaded');
    expect(onReload).toHaveBeenCalledWith(
      expect.objectContaining({ body: 'from another program' }),
    );
    // The next save starts from the outside version.
    type('from another program, then mine');
    await session.flush();
    expect(disk.file!.body).toBe('from another program, then mine');
  });

  it('offers both versions when the file changed under unsaved edits', async () => {
    const disk = new FakeDisk('base');
    const { session, type } = open(disk);
    type('base + mine');
    disk.writeOutside('base + theirs');
    expect(await session.diskChanged()).toBe('conflict');
    expect(session.state).toBe('conflict');
    expect(session.conflict).toMatchObject({
      mine: 'base + mine',
      theirs: { body: 'base + theirs' },
    });
    // Nothing is saved over their text until the user chooses.
    await expect(session.flush()).rejects.toBeInstanceOf(SaveBlockedError);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(disk.file!.body).toBe('base + theirs');
  });

  it('turns a CONFLICT from a save into the same choice, and saves the resolution', async () => {
    const disk = new FakeDisk('base');
    const { session, editor, type } = open(disk);
    disk.writeOutside('theirs');
    type('mine');
    await expect(session.flush()).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(session.conflict?.mine).toBe('mine');
    expect(session.conflict?.theirs?.body).toBe('theirs');

    // Merge by hand: the editor gets the merged text, the disk version becomes the base.
    editor.text = 'theirs\nmine';
    await session.resolveWith(session.conflict!.theirs!);
    expect(disk.file!.body).toBe('theirs\nmine');
    expect(session.state).toBe('saved');
    expect(session.conflict).toBeNull();
  });

  it('keeping theirs writes nothing', async () => {
    const disk = new FakeDisk('base');
    const { session, editor, type } = open(disk);
    type('mine');
    disk.writeOutside('theirs');
    await session.diskChanged();
    const saves = disk.saves.length;
    editor.text = 'theirs';
    await session.resolveWith(session.conflict!.theirs!);
    expect(disk.saves).toHaveLength(saves);
    expect(session.state).toBe('saved');
  });

  it('offers to write back a note deleted on disk, front matter included', async () => {
    const disk = new FakeDisk('keep me');
    const { session } = open(disk);
    disk.file = null;
    expect(await session.diskChanged()).toBe('conflict');
    expect(session.conflict).toMatchObject({ theirs: null, mine: 'keep me' });
    await session.recreate();
    expect(disk.file!.body).toBe('keep me');
    expect(disk.file!.frontMatter).toMatchObject({ title: 'Plan' });
    expect(session.state).toBe('saved');
  });

  it('checks the disk only after a save in flight has finished', async () => {
    const disk = new FakeDisk('a');
    const { session, type } = open(disk);
    disk.hold = true;
    type('mine');
    const saving = session.flush();
    const checking = session.diskChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.inFlight).toBe(1);
    disk.release();
    await saving;
    await vi.advanceTimersByTimeAsync(0);
    disk.release();
    expect(await checking).toBe('unchanged');
    expect(disk.maxInFlight).toBe(1);
  });
});
