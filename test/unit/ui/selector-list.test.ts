// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { splitSelectorList } from '../../../src/ui/markers/selector-list';

describe('splitting a selector list into its selectors', () => {
  it.each([
    ['article[data-testid="tweet"], [data-testid="UserName"]', ['article[data-testid="tweet"]', '[data-testid="UserName"]']],
    ['a', ['a']],
    ['  a ,b,   c  ', ['a', 'b', 'c']],
    ['div:is(a, b) > span, p', ['div:is(a, b) > span', 'p']],
    ['[aria-label="Suka, Like"], button', ['[aria-label="Suka, Like"]', 'button']],
    ["[title='a,b'], i", ["[title='a,b']", 'i']],
    ['[title="say \\"x, y\\""], i', ['[title="say \\"x, y\\""]', 'i']],
    ['.a\\,b, i', ['.a\\,b', 'i']],
    ['x:not(:is(a, b), c), y', ['x:not(:is(a, b), c)', 'y']],
    ['a,, b,', ['a', 'b']],
  ])('%s', (list, parts) => {
    expect(splitSelectorList(list)).toEqual(parts);
  });

  it('finds the same elements part by part as the whole list does', () => {
    const list = 'article[data-testid="tweet"], div:is([role="link"], [role="button"]) span, [data-testid="UserName"]';
    const html = `<main><article data-testid="tweet"><div role="link"><span>q</span></div></article>
      <div data-testid="UserName"><div role="button"><span>n</span></div></div><span>none</span></main>`;
    const root = new DOMParser().parseFromString(html, 'text/html').body;
    const whole = new Set(root.querySelectorAll(list));
    const parts = new Set(splitSelectorList(list).flatMap((part) => [...root.querySelectorAll(part)]));
    expect(parts).toEqual(whole);
    expect(whole.size).toBe(4);
  });
});
