// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { primaryClause } from '../../../src/rules/primary-clause';
import type { ListedHashtag } from '../../../src/lists/listed-hashtag';
import { mountWarning, shadowHost } from './warning-fixture';

const AMIN: ListedHashtag = {
  key: '#aminajadulu',
  name: 'Anies Rasyid Baswedan',
  party: 'Koalisi Perubahan',
  listId: 'pilpres-2024',
  listTitle: 'Pemilu 2024 — capres dan cawapres',
  entryIndex: 0,
};

let host: HTMLElement;
let root: ShadowRoot;
beforeEach(() => {
  ({ host, root } = shadowHost());
});
afterEach(() => host.remove());

describe('Warning for a campaign hashtag', () => {
  it('names the post\u2019s author in data-account and the tag in data-match', () => {
    const { dialog } = mountWarning(root, {
      intent: 'like',
      listed: AMIN,
      match: 'hashtag:#aminajadulu',
      account: 'x:relawan_amin',
      clause: primaryClause('like', true),
    });
    expect(dialog.dataset.account).toBe('x:relawan_amin');
    expect(dialog.dataset.intent).toBe('like');
    expect(dialog.dataset.match).toBe('hashtag:#aminajadulu');
    expect(dialog.dataset.clause).toBe('skb-2022-lampiran-ii-kampanye-media-sosial');
  });

  it('says which hashtag and whose campaign, in Indonesian and English', () => {
    const props = { intent: 'share', listed: AMIN, match: 'hashtag:#aminajadulu', account: 'x:relawan_amin' } as const;
    const id = mountWarning(root, { ...props, lang: 'id' }).dialog.textContent!;
    expect(id).toContain('tagar kampanye pemilu');
    expect(id).toContain('membagikan posting yang memakai #aminajadulu, tagar kampanye Anies Rasyid Baswedan');
    const en = mountWarning(root, { ...props, lang: 'en' }).dialog.textContent!;
    expect(en).toContain('share a post that uses #aminajadulu, a campaign hashtag of Anies Rasyid Baswedan');
    expect(en).toContain('Koalisi Perubahan');
  });

  it('leaves data-account empty for a new post only a hashtag decided', () => {
    const { dialog } = mountWarning(root, { intent: 'post', listed: AMIN, match: 'hashtag:#aminajadulu', account: '' });
    expect(dialog.getAttribute('data-account')).toBe('');
    expect(dialog.textContent).toContain('memublikasikan posting yang memakai #aminajadulu');
  });

  it('names a mentioned account in a new post as it names a listed author', () => {
    const { dialog } = mountWarning(root, { intent: 'post', match: 'mention:x:aniesbaswedan', account: 'x:aniesbaswedan', lang: 'en' });
    expect(dialog.dataset.match).toBe('mention:x:aniesbaswedan');
    expect(dialog.textContent).toContain('You are about to publish a post mentioning Anies Rasyid Baswedan (@aniesbaswedan)');
  });
});
