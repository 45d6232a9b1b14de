import { describe, expect, it } from 'vitest';
import { hostFileName } from './hostFileName';

describe('hostFileName', () => {
  it('keeps a plain name and its extension', () => {
    expect(hostFileName('pack', 'Procurement basics-1.2.0.praxispack')).toBe(
      'Procurement basics-1.2.0.praxispack',
    );
    expect(hostFileName('publicKey', 'Finance.pub')).toBe('Finance.pub');
  });

  it('drops folders and characters a file system refuses, and adds the extension', () => {
    expect(hostFileName('pack', '../../etc/passwd')).toBe('passwd.praxispack');
    expect(hostFileName('pack', 'C:\\Windows\\evil.exe')).toBe('evil.exe.praxispack');
    expect(hostFileName('pack', 'What: works? <now>')).toBe('What - works now.praxispack');
    expect(hostFileName('publicKey', 'NUL')).toBe('NUL note.pub');
    expect(hostFileName('pack', '...')).toBe('pack.praxispack');
  });
});
