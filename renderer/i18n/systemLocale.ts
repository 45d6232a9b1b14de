/** The system's own locale, whose region dates and numbers follow (the OS's, or the browser's). */
export function systemLocale(): string {
  return navigator.languages?.[0] ?? navigator.language;
}
