import { describe, expect, it } from 'vitest';
import { firstMatches } from '@/lib/detect/first-matches';

describe('firstMatches', () => {
  const page = () => {
    document.body.innerHTML = '<div class="b" id="one"></div><div class="a" id="two"></div><p class="a" id="three"></p>'; // test markup
    return document;
  };

  it('gives each selector its first element in document order, and leaves out those matching nothing', () => {
    const found = firstMatches(page(), ['.a', '.b', '.none']);
    expect([...found].map(([s, el]) => [s, el.id])).toEqual([['.a', 'two'], ['.b', 'one']]);
  });

  it('still answers for the known selectors when one of them is not valid CSS', () => {
    const found = firstMatches(page(), ['p.a', 'div[', '.b']);
    expect([...found].map(([s, el]) => [s, el.id])).toEqual([['p.a', 'three'], ['.b', 'one']]);
  });
});
