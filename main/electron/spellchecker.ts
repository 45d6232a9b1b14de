import type { Session } from 'electron';
import { ELECTRON_APP_ORIGIN } from '../../shared/security/contentSecurityPolicy';

/**
 * Where Chromium's Hunspell dictionaries would be fetched from: the app's own scheme, which
 * serves none. Electron's default is Google's CDN, and Praxis never uses the network.
 */
export const DICTIONARY_DOWNLOAD_URL = `${ELECTRON_APP_ORIGIN}/no-dictionaries/`;

/**
 * Whether spelling is checked, by platform. Only with the OS's own checker, which needs no
 * download:
 *
 * - macOS: always NSSpellChecker (Electron never downloads a dictionary there).
 * - Windows: Chromium uses the Windows Spell Checking API for every language Windows has a
 *   checker for. For a language it lacks, Chromium would fetch a Hunspell dictionary; the
 *   download URL above makes that fail on the machine, so such a language is simply not checked.
 * - Linux: Chromium has only Hunspell, whose dictionaries it downloads: off. (Shipping the
 *   dictionaries is not realistic: Electron can only download them from an http(s) server, and
 *   Praxis runs none.)
 */
export function spellcheckerEnabled(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

type SpellcheckerSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
>;

/**
 * Sets the session's spellchecker for `platform` (see `spellcheckerEnabled`) and returns
 * whether it is on, for the windows' `webPreferences.spellcheck`. Call once the app is ready,
 * before any window opens.
 */
export function configureSpellchecker(
  session: SpellcheckerSession,
  platform: NodeJS.Platform,
): boolean {
  let enabled = spellcheckerEnabled(platform);
  try {
    session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);
  } catch {
    // Electron refused the URL: then nothing may risk a download.
    enabled = platform === 'darwin';
  }
  if (!enabled) {
    // No languages (Electron fills in the OS's on first run) means no dictionary to load.
    session.setSpellCheckerLanguages([]);
    session.setSpellCheckerEnabled(false);
  }
  return enabled;
}
