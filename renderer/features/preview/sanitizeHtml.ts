import DOMPurify, { type Config } from 'dompurify';

/**
 * Attributes the markdown pipeline writes to mark what a link or embed points at. They are the
 * only `data-*` attributes that survive sanitising (a note's own HTML may use them too, which at
 * worst makes a link that navigates inside the vault).
 */
export const PIPELINE_ATTRIBUTES = [
  'data-note-path',
  'data-anchor',
  'data-link-target',
  'data-vault-path',
  'data-embed-path',
  'data-embed-anchor',
  'data-checked',
  'data-remote-src',
  'data-tag',
] as const;

/**
 * Only http(s) and mailto leave the app; relative URLs (vault files) are allowed and resolved by
 * the pipeline afterwards. Everything else (`javascript:`, `data:`, `file:`, `vbscript:`, custom
 * schemes) is removed. DOMPurify strips control characters and decodes entities before testing,
 * so `jav&#x09;ascript:` and `JaVaScRiPt:` are caught too. `data:` images are allowed separately
 * by DOMPurify for `<img>` only.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, svgFilters: true },
  FORBID_TAGS: [
    'script',
    'style',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'datalist',
    'fieldset',
    'output',
    'dialog',
    'template',
    'noscript',
    'area',
    'map',
    'marquee',
    'blink',
    // SVG elements that fetch other resources.
    'image',
    'feImage',
    'use',
  ],
  FORBID_ATTR: [
    'style',
    'srcset',
    'action',
    'formaction',
    'ping',
    'poster',
    'background',
    'target',
    'autofocus',
    'tabindex',
    'contenteditable',
    'popover',
  ],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [...PIPELINE_ATTRIBUTES],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  // A note's own `id`/`name` attributes become `user-content-…`, so no note can clobber
  // `window.x` or `document.x` lookups the app relies on.
  SANITIZE_NAMED_PROPS: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // SVG links (`<a xlink:href>`) would navigate the window: they are made plain shapes.
    if (node.namespaceURI === 'http://www.w3.org/2000/svg' && node.nodeName.toLowerCase() === 'a') {
      node.removeAttribute('href');
      node.removeAttributeNS('http://www.w3.org/1999/xlink', 'href');
    }
  });
  return purifier;
}

/**
 * Sanitises HTML from untrusted markdown into the `<body>` of an inert document (one with no
 * browsing context: nothing in it loads or runs), where the pipeline can finish it before it is
 * serialised and shown. No script, frame, plugin, form, style or event handler survives, and
 * URLs are limited as described at `ALLOWED_URI`.
 */
export function sanitizeToInertBody(html: string): HTMLElement {
  return getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/** The same sanitising, as a string (for HTML that needs no further work). */
export function sanitizeHtml(html: string): string {
  return sanitizeToInertBody(html).innerHTML;
}
