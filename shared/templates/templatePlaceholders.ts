/**
 * Placeholders in note templates, Obsidian-compatible where Obsidian has them:
 *
 * | placeholder            | becomes                                                   |
 * | ---------------------- | --------------------------------------------------------- |
 * | `{{title}}`            | the new note's title                                      |
 * | `{{date}}`, `{{time}}` | today `YYYY-MM-DD`, now `HH:mm` (local time)              |
 * | `{{date:FORMAT}}`      | today in FORMAT (also `{{time:FORMAT}}`), see `formatDate` |
 * | `{{domain}}`           | the name of the note's first domain                       |
 * | `{{domains}}`          | the names of all its domains, comma-separated             |
 * | `{{domain-slug}}`      | the slug of its first domain                              |
 * | `{{steward}}`          | the steward given for a solution or practice              |
 * | `{{review-by}}`        | its review date, `YYYY-MM-DD`                             |
 *
 * Names are case-insensitive and may have spaces inside the braces (`{{ Title }}`). A
 * placeholder Praxis does not know is left as written, so literal `{{…}}` text survives.
 *
 * @example
 * fillPlaceholders('# {{title}} ({{date:D MMMM YYYY}})', { title: 'Kick-off', now: new Date(2026, 2, 5) })
 * // '# Kick-off (5 March 2026)'
 */

export interface PlaceholderValues {
  title: string;
  now: Date;
  /** BCP 47 locale for month and weekday names (default `en`). */
  locale?: string | undefined;
  /** The note's domains, first one first. */
  domains?: readonly { slug: string; name: string }[] | undefined;
  steward?: string | undefined;
  reviewBy?: string | undefined;
}

const PLACEHOLDER = /\{\{\s*([a-z][a-z-]*)\s*(?::([^}]*))?\}\}/gi;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, nameArg: string, format: string | undefined) => {
    const name = nameArg.toLowerCase();
    const domains = values.domains ?? [];
    switch (name) {
      case 'title':
        return values.title;
      case 'date':
        return formatDate(values.now, format?.trim() || 'YYYY-MM-DD', values.locale);
      case 'time':
        return formatDate(values.now, format?.trim() || 'HH:mm', values.locale);
      case 'domain':
        return domains[0]?.name ?? '';
      case 'domains':
        return domains.map((d) => d.name).join(', ');
      case 'domain-slug':
        return domains[0]?.slug ?? '';
      case 'steward':
        return values.steward ?? '';
      case 'review-by':
        return values.reviewBy ?? '';
      default:
        return whole;
    }
  });
}

const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|mm|ss/g;

/**
 * `date` (local time) in a moment.js-style format: `YYYY` `YY` year, `MMMM` `MMM` month name,
 * `MM` `M` month number, `DD` `D` day, `dddd` `ddd` weekday name, `HH` `H` hour, `mm` minutes,
 * `ss` seconds; text in `[brackets]` is kept as is.
 */
export function formatDate(date: Date, format: string, locale = 'en'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const name = (options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(locale, options).format(date);
    } catch {
      return new Intl.DateTimeFormat('en', options).format(date);
    }
  };
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
        return String(date.getFullYear()).padStart(4, '0');
      case 'YY':
        return pad(date.getFullYear() % 100);
      case 'MMMM':
        return name({ month: 'long' });
      case 'MMM':
        return name({ month: 'short' });
      case 'MM':
        return pad(date.getMonth() + 1);
      case 'M':
        return String(date.getMonth() + 1);
      case 'DD':
        return pad(date.getDate());
      case 'D':
        return String(date.getDate());
      case 'dddd':
        return name({ weekday: 'long' });
      case 'ddd':
        return name({ weekday: 'short' });
      case 'HH':
        return pad(date.getHours());
      case 'H':
        return String(date.getHours());
      case 'mm':
        return pad(date.getMinutes());
      default:
        return pad(date.getSeconds());
    }
  });
}
