// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, expectAction, find, inTweet, loadFixture, press, startReplica, tweet } from './x-fixture';

const RETWEET = '[role="group"] [data-testid="retweet"]';
const SHARE_LABEL = { 'home-en': 'Share post', 'home-id': 'Bagikan postingan' } as const;

const POSTS = [
  ['1790000000000000001', 'aniesbaswedan', 'a listed author'],
  ['1790000000000000002', 'kompascom', 'an unlisted author'],
  ['1790000000000000003', 'prabowo', 'a repost: the original author, not the reposter'],
  ['1790000000000000004', 'kompascom', 'a quote: the quoting author, not the quoted one'],
  ['1790000000000000005', 'ganjarpranowo', 'a quote by a listed author of an unlisted post'],
] as const;

function shareButton(id: string, fixture: keyof typeof SHARE_LABEL): HTMLElement {
  return inTweet(id, `[role="group"] [aria-label="${SHARE_LABEL[fixture]}"]`);
}

describe.each(['home-en', 'home-id'] as const)('shares on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it.each(POSTS)('the repost button of post %s shares @%s (%s)', (id, handle) => {
    const button = inTweet(id, RETWEET);
    expectAction(click(button), 'share', handle, button);
    expectAction(click(find('svg path', button)), 'share', handle, button);
  });

  it.each(POSTS)('the share button of post %s shares @%s (%s)', (id, handle) => {
    const button = shareButton(id, fixture);
    expectAction(click(button), 'share', handle, button);
    expectAction(click(find('svg', button)), 'share', handle, button);
  });

  it('undoing a repost is not an intent', () => {
    const button = inTweet('1790000000000000006', '[data-testid="unretweet"]');
    expect(click(button)).toBeNull();
    expect(click(find('svg path', button))).toBeNull();
  });

  it('the post’s "More" menu is no share', () => {
    expect(click(inTweet('1790000000000000001', '[data-testid="caret"]'))).toBeNull();
  });

  it.each(['t', 'T'])('`%s` on a focused post shares its author, held at its repost button', (key) => {
    const post = tweet('1790000000000000003');
    post.focus();
    expectAction(press(post, { key }), 'share', 'prabowo', inTweet('1790000000000000003', RETWEET));
  });

  it('`t` on an already reposted post is no intent (it would offer Undo repost)', () => {
    const post = tweet('1790000000000000006');
    post.focus();
    expect(press(post, { key: 't' })).toBeNull();
  });

  it.each<KeyboardEventInit>([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])('`t` with %o is no shortcut', (modifiers) => {
    const post = tweet('1790000000000000001');
    post.focus();
    expect(press(post, { key: 't', ...modifiers })).toBeNull();
  });

  it('`t` in the composer is typing', () => {
    const composer = find('[data-testid="tweetTextarea_0"]');
    composer.focus();
    expect(press(composer, { key: 't' })).toBeNull();
  });
});

describe('shares on a status page', () => {
  beforeEach(() => loadFixture('status-aniesbaswedan'));

  it.each([
    ['1790000000000000001', 'aniesbaswedan'],
    ['1790000000000000101', 'kompascom'],
  ])('post %s is shared as @%s’s, by repost and share button', (id, handle) => {
    const repost = inTweet(id, RETWEET);
    expectAction(click(repost), 'share', handle, repost);
    const share = inTweet(id, '[role="group"] [aria-label="Share post"]');
    expectAction(click(share), 'share', handle, share);
  });
});

describe('the menus the replica opens', () => {
  it('are not held again: their items act once the opening click went through', () => {
    const log = startReplica('home-en');
    inTweet('1790000000000000001', RETWEET).click();
    expect(click(find('#layers [data-testid="retweetConfirm"]'))).toBeNull();
    shareButton('1790000000000000002', 'home-en').click();
    expect(click(find('#layers [data-testid="copyLink"]'))).toBeNull();
    expect(log.map((entry) => entry.action)).toEqual(['repost-menu', 'repost', 'share-menu', 'copy-link']);
  });
});
