import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../../shared/api/apiError';
import { methodNames, type ApiHandlers } from '../../../shared/api/contract';
import { openTestCore, type TestCore } from '../../../testing/core/testCore';
import { createApiDispatcher } from './apiDispatcher';
import { MAX_ARGUMENT_DEPTH } from './argumentsShape';

/** `{ a: { a: … 1 } }`, `depth` objects deep. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** An error exactly as Node's fs makes it. */
function errnoError(code: string, syscall: string, file: string, text: string) {
  return Object.assign(new Error(`${code}: ${text}, ${syscall} '${file}'`), {
    code,
    syscall,
    path: file,
    errno: -1,
  });
}

const errorOf = (response: ApiResponse<unknown>) => {
  if (response.ok) throw new Error(`expected a failure, got ${JSON.stringify(response.value)}`);
  return response.error;
};

describe('API dispatcher: deeply nested arguments', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await openTestCore({ 'Note.md': '# Note\n' });
  });
  afterAll(() => t.close());

  it.each([MAX_ARGUMENT_DEPTH + 1, 10_000, 200_000])(
    'refuses front matter nested %i levels deep as INVALID, not a crash',
    async (depth) => {
      const response = await t.core.dispatch('notes.create', {
        name: 'Deep',
        frontMatter: { deep: nested(depth) },
      });
      expect(errorOf(response)).toEqual({
        code: 'INVALID',
        message: expect.stringMatching(/notes\.create.*nested more than 64 levels/s),
      });
      await expect(fs.stat(path.join(t.root, 'Deep.md'))).rejects.toThrow();
    },
  );

  it('refuses a cycle (which IPC can carry) and deep settings the same way', async () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(errorOf(await t.core.dispatch('settings.update', { ui: { cycle } })).code).toBe(
      'INVALID',
    );
    expect(
      errorOf(await t.core.dispatch('settings.update', { ui: { layout: nested(5_000) } })).code,
    ).toBe('INVALID');
    expect(await t.core.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { ui: {} },
    });
  });

  it('still takes reasonably nested values', async () => {
    const response = await t.core.dispatch('notes.create', {
      name: 'Nested',
      frontMatter: { extra: nested(20) },
    });
    expect(response.ok).toBe(true);
    expect(await fs.readFile(path.join(t.root, 'Nested.md'), 'utf8')).toMatch(/extra:/);
  });
});

describe('API dispatcher: no absolute path crosses to the renderer', () => {
  const vault = '/home/ana/Shared drive/Praxis';
  const failWith = (error: unknown) => {
    const handlers = Object.fromEntries(
      methodNames.map((method) => [
        method,
        async () => {
          throw error;
        },
      ]),
    ) as unknown as ApiHandlers;
    const logged: unknown[] = [];
    const dispatch = createApiDispatcher(handlers, {
      vaultRoots: [vault],
      onUnexpectedError: (_method, e) => logged.push(e),
    });
    return { dispatch, logged };
  };

  it.each([
    [
      'EACCES',
      'open',
      `${vault}/procurement/Contracts.md`,
      'permission denied',
      /Permission denied for "procurement\/Contracts\.md"\. Check the permissions/,
    ],
    [
      'EISDIR',
      'open',
      `${vault}/Minutes.md`,
      'illegal operation on a directory',
      /"Minutes\.md" is a folder where Praxis expected a file\. Rename or move/,
    ],
    [
      'ENOTDIR',
      'mkdir',
      `${vault}/attachments/photo.png/x`,
      'not a directory',
      /Part of the path of "attachments\/photo\.png\/x" is a file where Praxis expected a folder/,
    ],
    [
      'ENOSPC',
      'write',
      `${vault}/.praxis/db.json`,
      'no space left on device',
      /The disk is full\. Free some space and try again/,
    ],
    [
      'EIO',
      'read',
      `${vault}/Big.md`,
      'i/o error',
      /refused to read "Big\.md" \(EIO\)\. Try again; if it keeps happening, check the disk/,
    ],
    [
      'EACCES',
      'open',
      '/home/ana/.config/Praxis/keys/dept.pem',
      'permission denied',
      /Permission denied for "dept\.pem"/,
    ],
  ])('%s on %s says what happened in vault terms', async (code, syscall, file, text, words) => {
    const error = errnoError(code, syscall, file, text);
    const { dispatch, logged } = failWith(error);
    const shape = errorOf(await dispatch('notes.list', {}));
    expect(shape.message).toMatch(words);
    expect(shape.message).not.toContain('/home/ana');
    expect(JSON.stringify(shape)).not.toContain('/home/ana');
    // The full error, path and all, is in the main process's log for whoever debugs it.
    expect(logged).toEqual([error]);
  });

  it('cleans messages that are not file-system errors too', async () => {
    const bug = failWith(
      new TypeError(`Cannot read properties of undefined (reading '${vault}/a.md')`),
    );
    const internal = errorOf(await bug.dispatch('notes.list', {}));
    expect(internal.code).toBe('INTERNAL');
    expect(internal.message).toContain("'a.md'");
    expect(internal.message).not.toContain('/home/ana');
  });

  it('names files of a real vault relative to it (a file where a folder should be)', async () => {
    const t = await openTestCore({ 'attachments/photo.png': 'png' });
    try {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await t.core.dispatch('notes.create', {
        folder: 'attachments/photo.png',
        name: 'Inside a file',
      });
      const shape = errorOf(response);
      expect(shape.message).toContain('"attachments/photo.png/Inside a file.md"');
      expect(shape.message).not.toContain(t.root);
      expect(shape.message).not.toMatch(/\/tmp|\/private|[A-Z]:\\/);
      // A file in the way of a folder is the user's to fix, not a bug to log.
      expect(shape.code).toBe('INVALID');
      expect(shape.message).toContain('one of its folders is a file');
      expect(logged).not.toHaveBeenCalled();
      logged.mockRestore();
    } finally {
      await t.close();
    }
  });
});
