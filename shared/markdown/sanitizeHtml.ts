import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { isPipelineOnlyAttribute, MARK_ATTRIBUTE } from './pipelineMarks';

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
  // The pipeline's own attributes come back after sanitising, on its own nodes only (see
  // PipelineMarks); whatever a note wrote of them is removed by the hook below.
  ADD_ATTR: [MARK_ATTRIBUTE],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  // A note's own `id`/`name` attributes become `user-content-…`, so no note can clobber
  // `window.x` or `document.x` lookups the app relies on.
  SANITIZE_NAMED_PROPS: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** DOMPurify's prefix for a note's own `id`s (SANITIZE_NAMED_PROPS): `#x` must follow it. */
const ID_PREFIX = 'user-content-';
const noteId = (id: string) => (id.startsWith(ID_PREFIX) ? id : `${ID_PREFIX}${id}`);

/** `url(#id)`: a reference to another part of the same SVG (a gradient, a clip path). */
const LOCAL_URL = /url\(\s*(['"]?)#([\w.:-]+)\1\s*\)/gi;
/**
 * What is left of a CSS value (an SVG presentation attribute: fill, stroke, filter, clip-path,
 * mask, marker-*…) once its `url(#id)`s are out may name nothing else to load: no other `url(`,
 * no image functions, and no backslash, which in CSS can spell `url(` with escapes (`u\72l(`).
 */
const LOADS_SOMETHING = /\\|(?:url|src|image|image-set|cross-fade|element|paint)\s*\(/i;

/** ARIA attributes that make a note's text speak as the app (a fake alert, a modal). */
const APP_VOICE_ATTRIBUTES = new Set(['aria-live', 'aria-atomic', 'aria-relevant', 'aria-modal']);

/**
 * The value a note's attribute keeps, or null to drop it. Beyond DOMPurify's own checks: no
 * attribute only the pipeline may set (`data-*`, `class`, `role`: see PipelineMarks), except a
 * code block's `language-…` class (which marked writes too, and which only picks a highlighter),
 * and nothing in SVG that loads from elsewhere: links only to `#id`s of the note itself.
 */
function keptValue(node: Element, name: string, value: string): string | null {
  if (name === MARK_ATTRIBUTE) return value;
  if (name === 'class' && node.nodeName === 'CODE') {
    const languages = value.split(/\s+/).filter((c) => /^language-[\w+#.-]+$/.test(c));
    return languages.length > 0 ? languages.join(' ') : null;
  }
  if (isPipelineOnlyAttribute(name) || APP_VOICE_ATTRIBUTES.has(name)) return null;
  if (node.namespaceURI !== SVG_NS) return value;
  if (name === 'href' || name === 'xlink:href') {
    const fragment = /^#([\w.:-]+)$/.exec(value.trim());
    return fragment ? `#${noteId(fragment[1]!)}` : null;
  }
  const local = value.replace(LOCAL_URL, (_whole, _quote, id: string) => `url(#${noteId(id)})`);
  return LOADS_SOMETHING.test(local.replace(LOCAL_URL, '')) ? null : local;
}

type Purifier = ReturnType<typeof DOMPurify>;

/** One configured DOMPurify per window (the page's; a jsdom window when exporting in Node). */
const purifiers = new WeakMap<WindowLike, Purifier>();

function getPurifier(view: WindowLike): Purifier {
  const existing = purifiers.get(view);
  if (existing) return existing;
  const purifier = DOMPurify(view);
  purifiers.set(view, purifier);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const value = keptValue(node, data.attrName, data.attrValue);
    if (value === null) data.keepAttr = false;
    else data.attrValue = value;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // SVG links (`<a xlink:href>`) would navigate the window: they are made plain shapes.
    if (node.namespaceURI === SVG_NS && node.nodeName.toLowerCase() === 'a') {
      node.removeAttribute('href');
      node.removeAttributeNS(XLINK_NS, 'href');
    }
  });
  return purifier;
}

/**
 * Sanitises HTML from untrusted markdown into the `<body>` of an inert document (one with no
 * browsing context: nothing in it loads or runs), where the pipeline can finish it before it is
 * serialised and shown. No script, frame, plugin, form, style or event handler survives, and
 * URLs are limited as described at `ALLOWED_URI`. `view` is the window whose DOM parses it: the
 * page's in the app, a jsdom window where the HTML edition is exported in Node.
 */
export function sanitizeToInertBody(html: string, view: WindowLike = window): HTMLElement {
  return getPurifier(view).sanitize(html, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
}

/** The same sanitising, as a string (for HTML that needs no further work). */
export function sanitizeHtml(html: string, view: WindowLike = window): string {
  return sanitizeToInertBody(html, view).innerHTML;
}
