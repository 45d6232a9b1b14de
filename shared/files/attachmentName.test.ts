import { describe, expect, it } from 'vitest';
import {
  attachmentEmbed,
  attachmentFileName,
  attachmentKind,
  attachmentProblem,
  bytesMatchKind,
  MAX_ATTACHMENT_BYTES,
  numberedFileName,
  pasteStamp,
} from './attachmentName';

const stamp = '20261202 051830';

describe('attachment file names', () => {
  it('keep a file’s own name, readable and safe on every platform', () => {
    expect(attachmentFileName('Site plan (v2).PNG', 'png', stamp)).toBe('Site plan (v2).png');
    expect(attachmentFileName('C:\\fakepath\\Budget: 2026.pdf', 'pdf', stamp)).toBe(
      'Budget - 2026.pdf',
    );
    expect(attachmentFileName('../../.praxis/db.json.png', 'png', stamp)).toBe('db.json.png');
    expect(attachmentFileName('a|b#c[d].jpeg', 'jpg', stamp)).toBe('a b c d.jpg');
  });

  it('name pasted images, whose names say nothing, by when they were pasted', () => {
    expect(attachmentFileName('image.png', 'png', stamp)).toBe('Pasted image 20261202 051830.png');
    expect(attachmentFileName('', 'png', stamp)).toBe('Pasted image 20261202 051830.png');
    expect(attachmentFileName('...', 'pdf', stamp)).toBe('Pasted document 20261202 051830.pdf');
  });

  it('number a name that is taken, before the extension', () => {
    expect(numberedFileName('Plan.png', 0)).toBe('Plan.png');
    expect(numberedFileName('Plan.png', 2)).toBe('Plan 2.png');
  });

  it('stamp the time on the vault’s wall clock', () => {
    const at = new Date('2026-12-02T04:18:30Z');
    expect(pasteStamp(at, 'Europe/Madrid')).toBe('20261202 051830');
    expect(pasteStamp(at, 'America/New_York')).toBe('20261201 231830');
  });

  it('embed by file name', () => {
    expect(attachmentEmbed('attachments/Site plan.png')).toBe('![[Site plan.png]]');
  });
});

describe('attachment checks', () => {
  it('accept images and PDFs by extension or MIME type, nothing else', () => {
    expect(attachmentKind('a.JPEG')).toBe('jpg');
    expect(attachmentKind('image', 'image/png')).toBe('png');
    expect(attachmentKind('run.exe', 'image/png')).toBe('png');
    expect(attachmentKind('page.html', 'text/html')).toBeNull();
    expect(attachmentKind('drawing.svg', 'image/svg+xml')).toBeNull();
  });

  it('say what is wrong: type, size, emptiness', () => {
    expect(attachmentProblem({ name: 'a.png', size: 10 })).toBeNull();
    expect(attachmentProblem({ name: 'a.zip', size: 10 })).toEqual({
      reason: 'type',
      name: 'a.zip',
    });
    expect(attachmentProblem({ name: 'a.png', size: 0 })?.reason).toBe('empty');
    expect(attachmentProblem({ name: 'a.pdf', size: MAX_ATTACHMENT_BYTES + 1 })?.reason).toBe(
      'size',
    );
  });

  it('recognise each kind by its first bytes', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(bytesMatchKind(png, 'png')).toBe(true);
    expect(bytesMatchKind(png, 'jpg')).toBe(false);
    expect(bytesMatchKind(new TextEncoder().encode('%PDF-1.7\n'), 'pdf')).toBe(true);
    expect(bytesMatchKind(new TextEncoder().encode('RIFF1234WEBPVP8 '), 'webp')).toBe(true);
    expect(bytesMatchKind(new TextEncoder().encode('RIFF1234WAVEfmt '), 'webp')).toBe(false);
    expect(bytesMatchKind(new TextEncoder().encode('<html>'), 'gif')).toBe(false);
  });
});
