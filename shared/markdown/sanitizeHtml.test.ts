// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkResolver } from '../links/linkResolver';
import { renderMarkdown } from './renderMarkdown';

/**
 * Hostile markdown: every payload tries to run `praxisCanary()`, load something, navigate the
 * window or submit somewhere. Rendered through the whole pipeline, then put in the live page,
 * none may leave anything that could.
 */
const payloads: Record<string, string> = {
  script: '<script>praxisCanary()</script>',
  scriptMixedCase: '<ScRiPt>praxisCanary()</sCrIpT>',
  onerror: '<img src="x" onerror="praxisCanary()">',
  onerrorUnquoted: '<img src=x onerror=praxisCanary()>',
  onload: '<body onload="praxisCanary()">',
  svgOnload: '<svg onload="praxisCanary()"><circle r="5"/></svg>',
  svgScript: '<svg><script>praxisCanary()</script><circle r="5"/></svg>',
  svgLink: '<svg><a xlink:href="javascript:praxisCanary()"><text>x</text></a></svg>',
  svgAnimate:
    '<svg><a><animate attributeName="href" values="javascript:praxisCanary()"/><text>x</text></a></svg>',
  javascriptLink: '[click](javascript:praxisCanary())',
  javascriptHtmlLink: '<a href="javascript:praxisCanary()">click</a>',
  mixedCaseProtocol: '<a href="JaVaScRiPt:praxisCanary()">click</a>',
  entityProtocol: '<a href="&#106;avascript:praxisCanary()">click</a>',
  hexEntityProtocol: '<a href="&#x6A;&#x61;vascript&#x3A;praxisCanary()">click</a>',
  tabbedProtocol: '<a href="jav&#x09;ascript:praxisCanary()">click</a>',
  spacedProtocol: '<a href=" javascript:praxisCanary()">click</a>',
  vbscript: '<a href="vbscript:praxisCanary()">click</a>',
  dataHtmlLink: '[open](data:text/html;base64,PHNjcmlwdD5wcmF4aXNDYW5hcnkoKTwvc2NyaXB0Pg==)',
  dataHtmlRaw: '<a href="data:text/html,<script>praxisCanary()</script>">open</a>',
  iframe: '<iframe src="https://example.com" srcdoc="<script>praxisCanary()</script>"></iframe>',
  object: '<object data="x.swf"></object><embed src="x.swf">',
  form: '<form action="https://example.com"><input name="q"><button>Go</button></form>',
  formaction: '<button formaction="javascript:praxisCanary()">x</button>',
  style: '<style>body { display: none }</style>',
  styleAttr: '<div style="position:fixed;inset:0;background:red">overlay</div>',
  metaRefresh: '<meta http-equiv="refresh" content="0; url=https://example.com">',
  base: '<base href="https://example.com/">',
  link: '<link rel="stylesheet" href="https://example.com/x.css">',
  details: '<details open ontoggle="praxisCanary()"><summary>x</summary></details>',
  mathml: '<math><mtext><table><mglyph><style><img src=x onerror=praxisCanary()>',
  templateNesting: '<template><script>praxisCanary()</script></template>',
  noscript: '<noscript><p title="</noscript><img src=x onerror=praxisCanary()>">',
  clobbering: '<img name="praxis"><form id="praxis"></form><a id="location">x</a>',
  markdownImageJs: '![x](javascript:praxisCanary())',
  wikiLinkHtml: '[[<img src=x onerror=praxisCanary()>]]',
  aliasHtml: '[[Home|<img src=x onerror=praxisCanary()>]]',
  srcset: '<img srcset="https://example.com/a.png 1x">',
  area: '<map name="m"><area href="javascript:praxisCanary()"></map>',
  targetTop: '<a href="https://example.com" target="_top">x</a>',
  fileUrl: '<a href="file:///etc/passwd">x</a> ![x](file:///etc/passwd)',
  relativeNavigation: '<a href="/api/notes.list">x</a>',
};

const resolver = new LinkResolver(
  [{ path: 'Home.md', title: 'Home', aliases: [] }],
  ['attachments/report.pdf', 'run.bat'],
);
const ctx = { path: 'Home.md', resolver, fileUrl: (p: string) => `/files/${p}` };

describe('the preview pipeline against hostile markdown', () => {
  let canary: ReturnType<typeof vi.fn<() => void>>;
  let root: HTMLElement;

  beforeEach(() => {
    canary = vi.fn<() => void>();
    (window as unknown as { praxisCanary: () => void }).praxisCanary = canary;
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(() => {
    root.remove();
  });

  for (const [name, markdown] of Object.entries(payloads)) {
    it(`renders "${name}" inert`, () => {
      const html = renderMarkdown(markdown, ctx);
      root.innerHTML = html;

      expect(
        root.querySelectorAll(
          'script, style, iframe, frame, object, embed, form, input, button, textarea, select, meta, base, link, area, template, noscript',
        ),
      ).toHaveLength(0);
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name, `${element.tagName} ${attribute.name}`).not.toMatch(/^on/i);
          expect(attribute.name).not.toBe('style');
          expect(attribute.name).not.toBe('srcset');
          expect(attribute.name).not.toBe('formaction');
          if (/^(?:href|src|xlink:href|action|data)$/i.test(attribute.name)) {
            // Only the app's own file server, in-page '#', http(s), mailto or data images.
            expect(attribute.value, `${element.tagName} ${attribute.name}`).toMatch(
              /^(?:#$|\/files\/|https?:|mailto:|data:image\/)/,
            );
          }
        }
        if (element.tagName === 'A' && element.hasAttribute('href')) {
          const href = element.getAttribute('href')!;
          if (/^https?:/.test(href)) expect(element.getAttribute('target')).toBe('_blank');
        }
      }
      // An id or name from the note can never shadow a property of window or document.
      expect((window as unknown as Record<string, unknown>).praxis).toBeUndefined();
      expect(root.querySelector('#location, #praxis, [name="praxis"]')).toBeNull();
      // Whatever is left is never called.
      for (const element of root.querySelectorAll('a, img, svg, details')) {
        (element as HTMLElement).click?.();
      }
      expect(canary).not.toHaveBeenCalled();
    });
  }

  it('keeps harmless HTML a note may use', () => {
    root.innerHTML = renderMarkdown(
      '<kbd>Ctrl</kbd> <sub>2</sub> <details><summary>More</summary>Hidden</details>',
      ctx,
    );
    expect(root.querySelector('kbd')!.textContent).toBe('Ctrl');
    expect(root.querySelector('details summary')!.textContent).toBe('More');
  });

  // The attributes the pipeline writes (renderMarkdown, NotePreview's embeds and blocks) and the
  // app's own ones: a note that writes them must not be able to steer a click or an embed.
  const pipelineAttributes = [
    ['data-vault-path', 'run.bat'],
    ['data-note-path', 'Home.md'],
    ['data-anchor', 'Top'],
    ['data-link-target', '../../outside'],
    ['data-embed-path', 'Home.md'],
    ['data-embed-anchor', 'Top'],
    ['data-embed-done', ''],
    ['data-checked', 'true'],
    ['data-remote-src', 'https://example.com/x.png'],
    ['data-tag', 'secret'],
    ['data-block-id', 'b1'],
    ['data-praxis-mark', '0-0'],
    ['data-autofocus', ''],
    ['data-window-part', 'editor'],
    ['data-theme', 'dark'],
  ] as const;

  it("keeps none of the pipeline's own attributes a note writes in raw HTML", () => {
    for (const [name, value] of pipelineAttributes) {
      const html = renderMarkdown(
        `<a ${name}="${value}">a link</a> <span ${name}="${value}">x</span> <img ${name}="${value}" alt="i">\n\n<div ${name}="${value}">block</div>`,
        ctx,
      );
      root.innerHTML = html;
      expect(root.querySelector(`[${name}]`), `${name} in ${html}`).toBeNull();
      // The link leads nowhere: no file, no note, nothing to open.
      const link = root.querySelector('a')!;
      expect(link.hasAttribute('href'), html).toBe(false);
      expect(link.hasAttribute('target'), html).toBe(false);
    }
  });

  it('gives a note no way to forge or capture a vault link of its own choosing', () => {
    // An unclosed tag of the note swallows the pipeline's next tag, marks and all: whatever the
    // element ends up with was computed by the pipeline, never written by the note.
    const markdown = [
      '<div data-vault-path="run.bat" data-praxis-mark="x-0" ',
      '',
      '[Annual report](attachments/report.pdf) and <a data-vault-path="run.bat" href="#">b</a>',
      '',
      '<p data-praxis-mark="0-0" title="',
      '',
      '[[Home]]',
      '',
      '" class="toasts">after</p>',
    ].join('\n');
    root.innerHTML = renderMarkdown(markdown, ctx);
    const vaultPaths = [...root.querySelectorAll('[data-vault-path]')].map((e) =>
      e.getAttribute('data-vault-path'),
    );
    expect(vaultPaths.every((p) => p === 'attachments/report.pdf')).toBe(true);
    expect(root.querySelector('[data-praxis-mark]')).toBeNull();
    for (const a of root.querySelectorAll('a[href]')) {
      expect(a.getAttribute('href')).not.toContain('run.bat');
    }
    expect(root.querySelector('.toasts')).toBeNull();
  });

  it('still links a markdown link to a vault file, through the app', () => {
    root.innerHTML = renderMarkdown('[Annual report](attachments/report.pdf) [[Home]]', ctx);
    const report = root.querySelector('a[data-vault-path]')!;
    expect(report.getAttribute('data-vault-path')).toBe('attachments/report.pdf');
    expect(report.getAttribute('href')).toBe('/files/attachments/report.pdf');
    expect(report.className).toBe('internal-link');
    expect(root.querySelector('a.wikilink')!.getAttribute('data-note-path')).toBe('Home.md');
  });

  it("draws nothing with the app's classes or voice: no fake toast or alert", () => {
    root.innerHTML = renderMarkdown(
      [
        '<div class="toasts" role="alert" aria-live="assertive"><div class="toast toast-error">',
        '<span class="toast-message">Your session expired: enter your password again.</span>',
        '</div></div>',
        '',
        '<p class="wikilink markdown-preview modal-backdrop" role="dialog" aria-modal="true">x</p>',
        '',
        '<pre><code class="language-js evil-class">let a = 1;</code></pre>',
      ].join('\n'),
      ctx,
    );
    expect(
      root.querySelector('.toasts, .toast, .toast-message, .wikilink, .modal-backdrop'),
    ).toBeNull();
    expect(root.querySelector('[role], [aria-live], [aria-modal]')).toBeNull();
    expect(root.textContent).toContain('Your session expired');
    // A code block's language (which only picks a highlighter) is all a class may say.
    expect(root.querySelector('code')!.className).toBe('language-js');
  });

  it('loads nothing through SVG paint, filter, clip, mask or marker references', () => {
    const remote = [
      'fill="url(https://example.com/p.svg#g)"',
      'stroke="URL(\'//example.com/p.svg#g\')"',
      'filter="url(https://example.com/f.svg#f)"',
      'clip-path="url(https://example.com/c.svg#c)"',
      'mask="url(https://example.com/m.svg#m)"',
      'marker-start="url(https://example.com/m.svg#m)"',
      'marker-mid="url(attachments/m.svg#m)"',
      'marker-end="url(&quot;https://example.com/m.svg#m&quot;)"',
      'fill="u\\72l(https://example.com/escaped.svg#g)"',
      'fill="&#117;rl(https://example.com/entity.svg#g)"',
      'fill="url(#ok) url(https://example.com/second.svg#g)"',
      'fill="image-set(\'https://example.com/i.png\' 1x)"',
    ];
    for (const attribute of remote) {
      root.innerHTML = renderMarkdown(`<svg><rect width="5" height="5" ${attribute}/></svg>`, ctx);
      const rect = root.querySelector('rect')!;
      const values = [...rect.attributes].map((a) => a.value).join(' ');
      expect(values, attribute).not.toMatch(/example\.com|attachments|\\|image-set/);
    }
    for (const reference of [
      '<pattern id="p" href="https://example.com/p.svg#p"/>',
      '<linearGradient id="g" xlink:href="https://example.com/g.svg#g"/>',
      '<text><textPath href="attachments/path.svg#p">t</textPath></text>',
      '<filter id="f"><feImage href="https://example.com/i.png"/></filter>',
    ]) {
      root.innerHTML = renderMarkdown(`<svg>${reference}</svg>`, ctx);
      expect(root.innerHTML, reference).not.toMatch(/example\.com|attachments/);
    }
  });

  it("keeps an SVG's references to its own parts working", () => {
    root.innerHTML = renderMarkdown(
      '<svg><defs><linearGradient id="grad"><stop offset="0" stop-color="red"/></linearGradient>' +
        '<clipPath id="clip"><rect width="4" height="4"/></clipPath></defs>' +
        '<rect width="9" height="9" fill="url(#grad)" clip-path="url(\'#clip\')"/>' +
        '<use href="#grad"/></svg>',
      ctx,
    );
    const rect = root.querySelector('svg > rect')!;
    const gradientId = root.querySelector('linearGradient')!.id;
    const clipId = root.querySelector('clipPath')!.id;
    expect(rect.getAttribute('fill')).toBe(`url(#${gradientId})`);
    expect(rect.getAttribute('clip-path')).toBe(`url(#${clipId})`);
  });
});
