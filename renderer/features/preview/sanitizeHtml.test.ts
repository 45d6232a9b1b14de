import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkResolver } from '../../../shared/links/linkResolver';
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

const resolver = new LinkResolver([{ path: 'Home.md', title: 'Home', aliases: [] }], []);
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
});
