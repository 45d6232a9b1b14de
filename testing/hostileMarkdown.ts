/**
 * The preview's canary set: hostile markdown in which every payload tries to call
 * `praxisCanary()`, load something from outside, navigate the window, open one, send a form, ask
 * the app to open a file of its choosing, or pass for the app's own interface. Used wherever notes
 * are rendered: the preview (e2e/previewSecurity.spec.ts) and the HTML edition.
 */
export const HOSTILE_MARKDOWN = `# Hostile note

<script>praxisCanary('script')</script>
<ScRiPt>praxisCanary('mixed-case script')</ScRiPt>
<script src="https://example.com/x.js"></script>
<img src="x" onerror="praxisCanary('onerror')">
<img src=x onerror=praxisCanary('unquoted onerror')>
<body onload="praxisCanary('body onload')">
<video><source onerror="praxisCanary('source onerror')"></video>
<svg onload="praxisCanary('svg onload')"><circle r="4"/></svg>
<svg><script>praxisCanary('svg script')</script></svg>
<svg><a xlink:href="javascript:praxisCanary('svg link')"><text y="20">svg link</text></a></svg>
<svg><a><animate attributeName="href" values="javascript:praxisCanary('svg animate')"/><text y="20">animated</text></a></svg>
<svg><set attributeName="onmouseover" to="praxisCanary('svg set')"/><circle r="4"/></svg>
<svg><foreignObject><iframe srcdoc="<script>parent.praxisCanary('foreignObject')</script>"></iframe></foreignObject></svg>
<svg><rect width="9" height="9" fill="url(https://example.com/paint.svg#p)" filter="url(https://example.com/filter.svg#f)"/></svg>
<svg><rect width="9" height="9" stroke="u\\72l(https://example.com/escaped.svg#p)" mask="url(//example.com/mask.svg#m)"/></svg>
<svg><pattern id="p" href="https://example.com/pattern.svg#p"/><image href="https://example.com/image.png"/></svg>
<math><mtext><table><mglyph><style><img src=x onerror=praxisCanary('mathml mxss')></style></mglyph></table></mtext></math>
<math href="javascript:praxisCanary('mathml href')"><mi>x</mi></math>
<noscript><p title="</noscript><img src=x onerror=praxisCanary('noscript')>"></p></noscript>
<template><script>praxisCanary('template')</script></template>
<iframe src="javascript:praxisCanary('iframe')"></iframe>
<iframe srcdoc="<script>parent.praxisCanary('srcdoc')</script>"></iframe>
<iframe src="https://example.com/frame"></iframe>
<object data="javascript:praxisCanary('object')"></object>
<embed src="javascript:praxisCanary('embed')">
<form action="javascript:praxisCanary('form')"><input name="q" value="x"><button id="go">Send</button></form>
<button formaction="javascript:praxisCanary('formaction')">formaction</button>
<input type="image" src="https://example.com/input.png">
<details open ontoggle="praxisCanary('ontoggle')"><summary>details</summary></details>
<meta http-equiv="refresh" content="0; url=javascript:praxisCanary('refresh')">
<meta http-equiv="refresh" content="0; url=https://example.com/refresh">
<base href="javascript:praxisCanary('base')//">
<link rel="stylesheet" href="https://example.com/x.css">
<style>* { display: none !important } @import url(https://example.com/import.css);</style>
<div style="position:fixed;inset:0;z-index:9999;background:url(https://example.com/bg.png)" onclick="praxisCanary('overlay')">overlay</div>
<table background="https://example.com/table.png"><tr><td>cell</td></tr></table>
<img srcset="https://example.com/srcset.png 1x" alt="srcset">
<img src="https://example.com/tracker.png" alt="raw remote image">
<video poster="https://example.com/poster.png" src="https://example.com/v.mp4"></video>
<audio src="https://example.com/a.mp3"></audio>
<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='praxisCanary(1)'/>" alt="svg data image">
<a href="https://example.com/ping" ping="https://example.com/ping-tracker">ping link</a>

![remote markdown image](https://example.com/markdown.png)
[markdown javascript link](javascript:praxisCanary('md link'))
[entity-encoded](&#106;avascript:praxisCanary('entity'))
<a href="JaVaScRiPt:praxisCanary('mixed case')">mixed case link</a>
<a href="jav&#x09;ascript:praxisCanary('tab')">tabbed link</a>
<a href="data:text/html,<script>praxisCanary('data')</script>">data link</a>
[data markdown link](data:text/html;base64,PHNjcmlwdD5wcmF4aXNDYW5hcnkoKTwvc2NyaXB0Pg==)
<a href="/api/notes.list">relative link to the app</a>
<a href="/files/run.bat">link to the file server</a>
<a href="//example.com/protocol-relative">protocol-relative link</a>
<a href="\\\\evil.example\\share\\run.bat">UNC link</a>
<a href="file:///C:/Windows/System32/calc.exe">file link</a>
<a href="praxis://vault/run.bat">app scheme link</a>
<a href="https://example.com" target="_top">top target</a>
![image js](javascript:praxisCanary('image'))
`;
