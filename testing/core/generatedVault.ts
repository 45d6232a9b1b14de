/**
 * A generated vault of `count` notes (at least a few hundred) for tests and benchmarks of
 * vault-wide operations. Notes come in four forms, so that every way a tag or a domain can be
 * written is exercised: a flow list, a block list with comments, a comma-separated string, and no
 * front-matter tags (inline only, Windows line endings). Every note also holds `#contracts` where
 * it is not a tag (code spans, fences, a URL, a wiki link heading), which a rename must not touch.
 * Every tenth note has neither the tag nor a domain.
 */
export function generatedVault(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const path = `area-${i % 12}/Note ${i}.md`;
    const plain = i % 10 === 0;
    const body = [
      `# Note ${i}`,
      '',
      plain
        ? 'Nothing tagged here.'
        : `Text with #contracts and #Contracts/renewal inline, #topic-${i % 7}.`,
      '',
      'Not tags: `#contracts` in code, [[Note 1#contracts]], https://example.org/#contracts, x#contracts.',
      '',
      '```',
      '#contracts in a fence',
      '```',
      '',
      `See [[Note ${(i + 1) % count}]].`,
      '',
    ].join('\n');
    const domains = plain
      ? ''
      : i % 3 === 0
        ? '[procurement, digital-services]'
        : '[digital-services]';
    let text: string;
    switch (i % 4) {
      case 0:
        text = `---\nid: n${i}\ntype: solution\ndomains: ${domains || '[]'}\ntags: [${plain ? 'other' : 'contracts, policy/housing'}]\n---\n${body}`;
        break;
      case 1:
        text = `---\nid: n${i}\ntype: practice\ndomains: ${domains || '[]'}\ntags:\n  - ${plain ? 'other' : 'contracts'} # main tag\n  - policy\n---\n${body}`;
        break;
      case 2:
        text = `---\nid: n${i}\ntype: note\n${domains ? `domains:\n  - ${domains.slice(1, -1).split(', ').join('\n  - ')}\n` : ''}tags: "${plain ? 'other' : 'policy, contracts/framework'}"\n---\n${body}`;
        break;
      default:
        text = `---\r\nid: n${i}\r\ntype: question\r\ndomains: ${domains || '[]'}\r\n---\r\n${body.replace(/\n/g, '\r\n')}`;
    }
    files[path] = text;
  }
  return files;
}
