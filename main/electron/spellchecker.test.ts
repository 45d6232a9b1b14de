import { describe, expect, it } from 'vitest';
import { configureSpellchecker, DICTIONARY_DOWNLOAD_URL } from './spellchecker';

/** A session's spellchecker settings as Electron keeps them (a fresh profile: the OS locale). */
function fakeSession(options: { refuseUrl?: boolean } = {}) {
  return {
    enabled: true,
    languages: ['es-ES'] as string[],
    downloadUrl: 'https://redirector.gvt1.com/edgedl/chrome/dict/',
    setSpellCheckerEnabled(enabled: boolean) {
      this.enabled = enabled;
    },
    setSpellCheckerLanguages(languages: string[]) {
      this.languages = languages;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      if (options.refuseUrl) throw new Error('not a valid URL');
      this.downloadUrl = url;
    },
  };
}

describe('configureSpellchecker', () => {
  it('never leaves a dictionary download pointing off the machine', () => {
    for (const platform of ['darwin', 'win32', 'linux', 'freebsd'] as const) {
      const session = fakeSession();
      configureSpellchecker(session, platform);
      expect(session.downloadUrl, platform).toBe(DICTIONARY_DOWNLOAD_URL);
      expect(new URL(session.downloadUrl).protocol).toBe('praxis:');
    }
  });

  it("uses the OS's checker on macOS and Windows", () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const session = fakeSession();
      expect(configureSpellchecker(session, platform)).toBe(true);
      expect(session).toMatchObject({ enabled: true, languages: ['es-ES'] });
    }
  });

  it('turns spelling off where only downloaded Hunspell dictionaries would check it', () => {
    for (const platform of ['linux', 'freebsd', 'openbsd'] as const) {
      const session = fakeSession();
      expect(configureSpellchecker(session, platform)).toBe(false);
      expect(session).toMatchObject({ enabled: false, languages: [] });
    }
  });

  it('turns it off on Windows too if the download cannot be pointed at the app', () => {
    const session = fakeSession({ refuseUrl: true });
    expect(configureSpellchecker(session, 'win32')).toBe(false);
    expect(session).toMatchObject({ enabled: false, languages: [] });
    expect(configureSpellchecker(fakeSession({ refuseUrl: true }), 'darwin')).toBe(true);
  });
});
