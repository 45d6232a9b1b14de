import { afterEach, describe, expect, it } from 'vitest';
import { isKeyClaimedByWidget } from './widgetKeys';

afterEach(() => document.body.replaceChildren());

function keyFrom(html: string, selector: string, key: string) {
  document.body.innerHTML = html;
  return isKeyClaimedByWidget({ key, target: document.querySelector(selector) });
}

describe('isKeyClaimedByWidget', () => {
  it('leaves a key to the focused widget that claims it', () => {
    const html = '<div data-widget-keys="F2 Delete"><button id="row">tag</button></div>';
    expect(keyFrom(html, '#row', 'F2')).toBe(true);
    expect(keyFrom(html, '#row', 'Delete')).toBe(true);
  });

  it('lets the app have keys the widget does not claim, and keys from elsewhere', () => {
    const html =
      '<div data-widget-keys="F2"><button id="row">tag</button></div><button id="out">x</button>';
    expect(keyFrom(html, '#row', 'F6')).toBe(false);
    expect(keyFrom(html, '#out', 'F2')).toBe(false);
  });

  it('looks through nested widgets', () => {
    const html =
      '<div data-widget-keys="F2"><div data-widget-keys="Enter"><i id="deep"></i></div></div>';
    expect(keyFrom(html, '#deep', 'F2')).toBe(true);
  });

  it('ignores events from the window itself', () => {
    expect(isKeyClaimedByWidget({ key: 'F2', target: window })).toBe(false);
  });
});
