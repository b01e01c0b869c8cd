import { describe, expect, it } from 'vitest';
import { displayHandle } from '../../../src/ui/display-handle';

describe('displayHandle', () => {
  it.each([
    ['x:aniesbaswedan', '@aniesbaswedan'],
    ['instagram:ganjar_pranowo', '@ganjar_pranowo'],
    ['youtube:@aniesbaswedan', '@aniesbaswedan'],
    ['youtube:UCabcdefghijklmnopqrstuv', 'UCabcdefghijklmnopqrstuv'],
    ['youtube:c/aniesbaswedan', 'c/aniesbaswedan'],
    ['facebook:100044123456789', '100044123456789'],
  ])('%s is shown as %s', (key, shown) => {
    expect(displayHandle(key)).toBe(shown);
  });
});
