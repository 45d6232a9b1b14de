/**
 * The locale every date and number in Praxis is written in: the UI language, with the region of
 * the system (the OS, or the browser for the web edition) when it names one. English shown on a
 * British system writes "2 December 2026" and "7,424"; Spanish on a Spanish one "2 dic 2026" and
 * "7424"; Catalan on a Spanish system `ca-ES`. Where the pair is unknown to Intl, the UI
 * language alone.
 *
 * @example
 * formatLocale('en', 'en-GB'); // 'en-GB'
 * formatLocale('ca', 'es-ES'); // 'ca-ES'
 * formatLocale('es', 'de');    // 'es'
 */
export function formatLocale(uiLanguage: string, systemLocale: string | null | undefined): string {
  let region: string | undefined;
  try {
    region = systemLocale ? new Intl.Locale(systemLocale).maximize().region : undefined;
    // A bare language ("en") names no region of its own: maximize() would invent one.
    if (systemLocale && !new Intl.Locale(systemLocale).region) region = undefined;
  } catch {
    region = undefined;
  }
  if (!region) return uiLanguage;
  try {
    const candidate = new Intl.Locale(uiLanguage, { region }).toString();
    return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : uiLanguage;
  } catch {
    return uiLanguage;
  }
}

/** A count as the locale writes it ("7,424", "7424", "7.424.000"). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
