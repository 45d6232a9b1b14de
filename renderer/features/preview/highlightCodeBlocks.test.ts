import { describe, expect, it } from 'vitest';
import { LinkResolver } from '../../../shared/links/linkResolver';
import { highlightCodeBlocks } from './highlightCodeBlocks';
import { renderMarkdown } from '../../../shared/markdown/renderMarkdown';

const ctx = { path: 'a.md', resolver: new LinkResolver(), fileUrl: (p: string) => p };

describe('highlightCodeBlocks', () => {
  it('colours code in its language, keeping its text exactly', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const code = 'const answer = "<img src=x onerror=alert(1)>"; // 42';
    root.innerHTML = renderMarkdown(`\`\`\`js\n${code}\n\`\`\``, ctx);
    await highlightCodeBlocks(root, new AbortController().signal);
    const block = root.querySelector('code')!;
    expect(block.classList.contains('is-highlighted')).toBe(true);
    expect(block.querySelectorAll('span').length).toBeGreaterThan(2);
    expect(block.textContent).toBe(`${code}\n`);
    expect(root.querySelector('img')).toBeNull();
  });

  it('leaves unknown languages plain', async () => {
    const root = document.createElement('div');
    root.innerHTML = renderMarkdown('```nosuchlang\nplain\n```', ctx);
    await highlightCodeBlocks(root, new AbortController().signal);
    expect(root.querySelector('code')!.innerHTML).toBe('plain\n');
  });
});
