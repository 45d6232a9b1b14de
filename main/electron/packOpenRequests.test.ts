import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFileFromArgv, PackOpenRequests } from './packOpenRequests';

describe('opening a .praxispack from the OS', () => {
  const cwd = path.resolve('/home/ana/Downloads');

  it('finds the pack in a command line, read against the working directory', () => {
    expect(packFileFromArgv(['/opt/Praxis/praxis', 'Basics-1.0.0.praxispack'], cwd)).toBe(
      path.join(cwd, 'Basics-1.0.0.praxispack'),
    );
    const absolute = path.resolve('/srv/share/Pack.PRAXISPACK');
    expect(packFileFromArgv(['praxis', '.', absolute], cwd)).toBe(absolute);
  });

  it('takes no switch, and nothing when no pack is named', () => {
    expect(packFileFromArgv(['praxis', '--file=x.praxispack', '--inspect'], cwd)).toBeNull();
    expect(packFileFromArgv(['praxis', '.'], cwd)).toBeNull();
    expect(packFileFromArgv(['x.praxispack'], cwd)).toBeNull();
  });

  it('keeps requests until the window takes them, each once, and tells it each time', () => {
    const told: string[] = [];
    const requests = new PackOpenRequests((file) => told.push(file));
    const a = path.resolve('/a/One.praxispack');
    const b = path.resolve('/b/Two.praxispack');
    requests.add(a);
    requests.add(b);
    requests.add(a);
    requests.add('relative.praxispack');
    requests.add(path.resolve('/c/evil.exe'));
    expect(told).toEqual([a, b, a]);
    expect(requests.take()).toEqual([a, b]);
    expect(requests.take()).toEqual([]);
  });
});
