const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Where a moderator's contact leads, if it is an address a link can open: an e-mail address
 * (`mailto:`, opened by the OS mail program) or a web address. Anything else — a phone number,
 * "2nd floor, room 12" — is shown as text. Only mailto and http(s) ever become links.
 *
 * @example moderatorContactHref('marta.vidal@example.gov') // 'mailto:marta.vidal@example.gov'
 */
export function moderatorContactHref(contact: string): string | null {
  const text = contact.trim();
  const address = text.toLowerCase().startsWith('mailto:') ? text.slice(7) : text;
  if (EMAIL.test(address)) return `mailto:${address}`;
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }
  return null;
}
