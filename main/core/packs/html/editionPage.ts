import { createHash } from 'node:crypto';
import type { Translate } from '../../../../shared/i18n/translator';
import type { CompactEditionIndex } from './editionIndex';
import { EDITION_STYLES } from './editionStyles';

export interface EditionPageNote {
  slug: string;
  title: string;
  type: string;
  /** Domain slugs. */
  domains: string[];
  tags: string[];
  html: string;
  /** Attachments named by the note and not shown in the page: name and size in bytes. */
  attachments: { name: string; size: number | null }[];
}

export interface EditionPageInput {
  language: string;
  title: string;
  description: string;
  version: string;
  publisher: string;
  /** ISO date-time of the export. */
  date: string;
  /** Grouped hex fingerprint of the signing key, or null when the pack is not signed. */
  fingerprint: string | null;
  domains: { slug: string; name: string }[];
  notes: EditionPageNote[];
  index: CompactEditionIndex;
  /** lunr's own runtime and the page's script (editionRuntime.js), as text. */
  lunrSource: string;
  runtimeSource: string;
  t: Translate;
  /** The name of a note type in the page's language. */
  typeName(type: string): string;
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** JSON that can sit inside a `<script>` element: no `</script>`, no `<!--`, no line separators. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const NO_DOMAIN = '';

/**
 * The start of an edition's document up to `</head>`: language, CSP, title and the edition's
 * stylesheet (inlined; the CSP must allow it by hash, `sha256(EDITION_STYLES)`).
 */
export function editionHead(language: string, title: string, csp: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Praxis">
<title>${escapeHtml(title)}</title>
<style>${EDITION_STYLES}</style>
</head>`;
}

/**
 * The HTML edition's page: one document holding every note (as `<article hidden>` sections the
 * script shows one at a time, all of them when printed), the list of notes grouped by domain and
 * type, the search box, and the data the script reads. Its CSP allows nothing but its own inline
 * script and style (by hash) and `data:` images: no request can leave the file.
 */
export function editionPage(input: EditionPageInput): string {
  const { t } = input;
  const script = `${input.lunrSource}\n;\n${input.runtimeSource}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(EDITION_STYLES)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const domainName = new Map(input.domains.map((d) => [d.slug, d.name]));
  const usedDomains = [...new Set(input.notes.flatMap((n) => n.domains))].sort((a, b) =>
    (domainName.get(a) ?? a).localeCompare(domainName.get(b) ?? b, input.language),
  );
  const date = new Date(input.date).toLocaleDateString(input.language, { dateStyle: 'long' });
  const data = {
    title: input.title,
    strings: {
      noResults: t('edition.noResults'),
      resultsOne: t('edition.results_one', { count: '{{count}}' }),
      resultsOther: t('edition.results_other', { count: '{{count}}' }),
    },
    notes: input.notes.map((n) => ({ slug: n.slug, title: n.title, domains: n.domains })),
    index: input.index,
  };

  const groups = [...usedDomains, NO_DOMAIN]
    .map((domain) => {
      const inDomain = input.notes.filter((n) =>
        domain === NO_DOMAIN ? n.domains.length === 0 : n.domains.includes(domain),
      );
      if (inDomain.length === 0) return '';
      const types = [...new Set(inDomain.map((n) => n.type))].sort();
      const name =
        domain === NO_DOMAIN ? t('edition.noDomain') : (domainName.get(domain) ?? domain);
      const headingId = `domain-${domain === NO_DOMAIN ? 'none' : domain}`;
      return `<section data-domain-group="${escapeHtml(domain === NO_DOMAIN ? '-' : domain)}" aria-labelledby="${escapeHtml(headingId)}">
<h3 id="${escapeHtml(headingId)}">${escapeHtml(name)}</h3>
${types
  .map(
    (type) => `<h4>${escapeHtml(input.typeName(type))}</h4>
<ul>${inDomain
      .filter((n) => n.type === type)
      .map((n) => `<li><a href="#/note/${n.slug}">${escapeHtml(n.title)}</a></li>`)
      .join('')}</ul>`,
  )
  .join('\n')}
</section>`;
    })
    .join('\n');

  const articles = input.notes
    .map((note) => {
      const domains = note.domains.map((d) => domainName.get(d) ?? d);
      const facts = [
        `<span>${escapeHtml(input.typeName(note.type))}</span>`,
        ...domains.map((d) => `<span>${escapeHtml(d)}</span>`),
        ...note.tags.map((tag) => `<span class="tag">#${escapeHtml(tag)}</span>`),
      ].join(' ');
      const attachments =
        note.attachments.length === 0
          ? ''
          : `<section class="attachments" aria-label="${escapeHtml(t('edition.attachments'))}">
<h2>${escapeHtml(t('edition.attachments'))}</h2>
<p>${escapeHtml(t('edition.attachmentsIntro'))}</p>
<ul>${note.attachments.map((a) => `<li>${escapeHtml(a.name)}${a.size === null ? '' : ` (${formatBytes(a.size)})`}</li>`).join('')}</ul>
</section>`;
      // A note that opens with its title as a heading keeps it as the article's only title.
      const own = /^<h1 id="([^"]+)">([^<]*)<\/h1>/.exec(note.html);
      const titled = own !== null && own[2] === escapeHtml(note.title);
      const titleId = titled ? own[1]! : `title-${note.slug}`;
      const heading = titled
        ? own[0]
        : `<h1 id="${titleId}" class="note-title">${escapeHtml(note.title)}</h1>`;
      const body = titled ? note.html.slice(own[0].length) : note.html;
      return `<article class="note" id="note-${note.slug}" hidden aria-labelledby="${titleId}">
${heading}
<p class="note-facts">${facts}</p>
<div class="note-body">${body}</div>
${attachments}
</article>`;
    })
    .join('\n');

  const fingerprint =
    input.fingerprint === null
      ? `<dd>${escapeHtml(t('edition.unsigned'))}</dd>`
      : `<dd><code>${escapeHtml(input.fingerprint)}</code></dd>`;

  return `${editionHead(input.language, input.title, csp)}
<body>
<a class="skip-link" href="#edition-main">${escapeHtml(t('edition.skipToNote'))}</a>
<header class="edition-header">
<p class="edition-kind">${escapeHtml(t('edition.kind'))}</p>
<p class="edition-title">${escapeHtml(input.title)}</p>
<dl class="edition-facts">
<div><dt>${escapeHtml(t('edition.version'))}</dt><dd>${escapeHtml(input.version)}</dd></div>
<div><dt>${escapeHtml(t('edition.publisher'))}</dt><dd>${escapeHtml(input.publisher)}</dd></div>
<div><dt>${escapeHtml(t('edition.date'))}</dt><dd><time datetime="${escapeHtml(input.date)}">${escapeHtml(date)}</time></dd></div>
<div><dt>${escapeHtml(t('edition.fingerprint'))}</dt>${fingerprint}</div>
</dl>
<p class="edition-warning">${escapeHtml(t('edition.notVerifiable'))}</p>
</header>
<div class="edition-layout">
<nav class="edition-nav" aria-label="${escapeHtml(t('edition.notesNav'))}">
<h2 class="visually-hidden">${escapeHtml(t('edition.notesNav'))}</h2>
<search class="edition-search">
<label for="edition-search">${escapeHtml(t('edition.search'))}</label>
<input id="edition-search" type="search" autocomplete="off" spellcheck="false">
<label for="edition-domain">${escapeHtml(t('edition.domainFilter'))}</label>
<select id="edition-domain">
<option value="">${escapeHtml(t('edition.allDomains'))}</option>
${usedDomains.map((d) => `<option value="${escapeHtml(d)}">${escapeHtml(domainName.get(d) ?? d)}</option>`).join('\n')}
</select>
</search>
<p id="edition-results-status" class="results-status" role="status"></p>
<ol id="edition-results" class="edition-results" hidden aria-label="${escapeHtml(t('edition.resultsLabel'))}"></ol>
<div id="edition-list" class="edition-list">${groups}</div>
</nav>
<main id="edition-main" class="edition-main" tabindex="-1">
<section id="edition-home" class="edition-home" aria-labelledby="edition-home-title">
<h1 id="edition-home-title">${escapeHtml(input.title)}</h1>
${input.description.trim() === '' ? '' : `<p>${escapeHtml(input.description)}</p>`}
<p>${escapeHtml(t('edition.homeIntro', { count: input.notes.length }))}</p>
</section>
${articles}
</main>
</div>
<script type="application/json" id="edition-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
