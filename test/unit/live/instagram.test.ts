// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/sites/instagram';
import { accountKey, clickOn, described, detectOn, markablesOn, loadLivePage, markersOnLivePage } from './live-page';
import { IG, POST_PAGE, POST_URL, REELS_PAGE, REELS_URL, PROFILE_PAGE, PROFILE_URL, all, one, buttonOf, textButtons } from './instagram-pages';

/**
 * The real Instagram pages in ../shared/live-dom/instagram. Every expected
 * value below was read off the saved markup, not taken from the adapter.
 */

const click = (target: Element) => described(clickOn(instagramAdapter, target));
const dblclick = (target: Element) =>
  described(detectOn(instagramAdapter, target, new MouseEvent('dblclick', { bubbles: true, cancelable: true })));
const press = (target: Element, init: KeyboardEventInit) =>
  detectOn(instagramAdapter, target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
const submit = (form: HTMLFormElement) =>
  detectOn(instagramAdapter, form, new Event('submit', { bubbles: true, cancelable: true }));

/**
 * Which accounts' markers landed, and the element each was appended to.
 */
function markedRows(listed: readonly string[]): { account: string; row: Element | undefined }[] {
  return markersOnLivePage(instagramAdapter, listed).map(({ account, anchor }) => ({ account, row: anchor ?? undefined }));
}

const markables = () => markablesOn(instagramAdapter).map(({ markable }) => `${markable.kind} ${accountKey(markable.account)}`);

describe('a post page of 2026 (/p/…, English): no article, no header', () => {
  beforeEach(() => loadLivePage(POST_PAGE, POST_URL));

  const postLike = (label = 'Like') => buttonOf(one(`main section svg[aria-label="${label}"][height="24"]`));
  const commentHearts = () => all('main svg[aria-label="Like"][height="16"]').map(buttonOf);

  it('finds the post, by its author columbia.ums, and its five comments, each by its author', () => {
    expect(markables()).toEqual([
      'post instagram:columbia.ums',
      'post instagram:oxford5comma',
      'post instagram:williamtgong',
      'post instagram:oxford5comma',
      'post instagram:wbetts_',
      'post instagram:williamj.0',
    ]);
  });

  it('the post’s label goes on the author row, beside Following; each comment’s on its name and time row', () => {
    const [post, ...comments] = markablesOn(instagramAdapter).map(({ markable }) => markable.anchor);
    expect(post!.querySelector(`a[href="${IG}/columbia.ums/"]`)?.textContent?.trim()).toBe('columbia.ums');
    expect(textButtons('Following', post!.parentElement!.parentElement!)).toHaveLength(1);
    const handles = ['oxford5comma', 'williamtgong', 'oxford5comma', 'wbetts_', 'williamj.0'];
    comments.forEach((row, index) => {
      expect(row.querySelector(`a[href="${IG}/${handles[index]}/"]`)?.textContent?.trim()).toBe(handles[index]);
      expect(row.querySelector('a[href*="/c/"] time')).not.toBeNull();
    });
  });

  it('the post’s heart likes columbia.ums, from the button or its icon', () => {
    expect(click(postLike())).toBe('like instagram:columbia.ums');
    expect(click(one('svg', postLike()))).toBe('like instagram:columbia.ums');
  });

  it('each comment’s heart likes that comment, so its author’s content', () => {
    expect(commentHearts().map(click)).toEqual([
      'like instagram:oxford5comma',
      'like instagram:williamtgong',
      'like instagram:oxford5comma',
      'like instagram:wbetts_',
      'like instagram:williamj.0',
    ]);
  });

  it('Share shares columbia.ums’s post', () => {
    expect(click(buttonOf(one('main svg[aria-label="Share"]')))).toBe('share instagram:columbia.ums');
  });

  it('a double-click on the photo likes the post; on the caption or a comment it does not', () => {
    expect(dblclick(all('main li img')[0]!)).toBe('like instagram:columbia.ums');
    const caption = all('main span').find((span) => span.textContent?.startsWith('Thank you Dr Yoonjoo Kim'))!;
    expect(dblclick(caption)).toBeNull();
    expect(dblclick(all('main span').find((span) => span.textContent === '🔥🔥🔥')!)).toBeNull();
  });

  it('Following (already followed) unfollows, which is no intent', () => {
    expect(textButtons('Following')).toHaveLength(1);
    expect(click(textButtons('Following')[0]!)).toBeNull();
  });

  it.each([
    ['Comment', 'opens the comment box'],
    ['Save', 'bookmarks'],
    ['More options', 'opens a menu'],
    ['Emoji', 'opens the emoji picker'],
  ])('the %s icon (%s) is no guarded action', (label) => {
    expect(click(buttonOf(one(`main svg[aria-label="${label}"]`)))).toBeNull();
  });

  it('the like count, Reply, a comment’s like count, the carousel arrows and the links are no guarded action', () => {
    for (const target of [
      ...textButtons('79'),
      ...textButtons('Reply'),
      ...textButtons('2 likes'),
      one('main button[aria-label="Next"]'),
      one(`main a[href="${IG}/columbia.ums/p/DOuQoNmDKST/"]`),
      one(`main a[href="${IG}/columbia.ums/p/DWGshUWDhR1/"]`),
      one(`main a[href="${IG}/oxford5comma/"]`),
    ]) {
      expect(click(target)).toBeNull();
    }
    expect(textButtons('79')).toHaveLength(1);
    expect(textButtons('Reply')).toHaveLength(5);
  });

  describe('the comment box ("Add a comment…")', () => {
    const box = () => one<HTMLTextAreaElement>('main form textarea[aria-label="Add a comment…"]');

    it('as saved it shows no Post button: Enter with text comments on columbia.ums, held at the box', () => {
      box().value = 'Great talk!';
      const action = press(box(), { key: 'Enter' });
      expect(described(action)).toBe('comment instagram:columbia.ums');
      expect(action?.element).toBe(box());
      expect(action?.replay).toBeTypeOf('function');
      expect(described(submit(one<HTMLFormElement>('main form')))).toBe('comment instagram:columbia.ums');
    });

    it('an empty box, Shift+Enter and typing post nothing', () => {
      expect(press(box(), { key: 'Enter' })).toBeNull();
      box().value = 'Great talk!';
      expect(press(box(), { key: 'Enter', shiftKey: true })).toBeNull();
      expect(press(box(), { key: 'a' })).toBeNull();
    });

    // No live capture shows the Post button: Instagram adds it to the form once
    // text is typed; replica of that one element, on the real page.
    it('with the Post button that typing brings, Enter and the button comment, held at the button', () => {
      box().value = 'Great talk!';
      box().insertAdjacentHTML('afterend', '<div role="button" tabindex="0">Post</div>');
      const post = textButtons('Post', one('main form'))[0]!;
      expect(described(clickOn(instagramAdapter, post))).toBe('comment instagram:columbia.ums');
      const action = press(box(), { key: 'Enter' });
      expect(described(action)).toBe('comment instagram:columbia.ums');
      expect(action?.element).toBe(post);
      expect(click(buttonOf(one('main form svg[aria-label="Emoji"]')))).toBeNull();
    });
  });

  it.each([
    ['Follow', 'English'],
    ['Ikuti', 'Indonesian'],
  ])('read before following (%s, %s), the author row’s button follows columbia.ums', (follow) => {
    loadLivePage(POST_PAGE, POST_URL, (source) => source.replace('>Following<', `>${follow}<`));
    expect(click(textButtons(follow)[0]!)).toBe('follow instagram:columbia.ums');
  });

  it('read in Indonesian (Suka, Bagikan), the hearts and Share act on the same accounts', () => {
    loadLivePage(POST_PAGE, POST_URL, (source) =>
      source.replace(/aria-label="Like"/g, 'aria-label="Suka"').replace('aria-label="Share"', 'aria-label="Bagikan"'),
    );
    expect(all('main svg[aria-label="Suka"]').map((icon) => click(buttonOf(icon)))).toEqual([
      'like instagram:oxford5comma',
      'like instagram:williamtgong',
      'like instagram:oxford5comma',
      'like instagram:wbetts_',
      'like instagram:williamj.0',
      'like instagram:columbia.ums',
    ]);
    expect(click(buttonOf(one('main svg[aria-label="Bagikan"]')))).toBe('share instagram:columbia.ums');
  });

  // No live capture shows these labels on these drawings; replica edits of the real icons.
  it('a label that names an undo state, or another action than the drawing, gives no action', () => {
    one('main section svg[aria-label="Like"]').setAttribute('aria-label', 'Unlike');
    expect(click(postLike('Unlike'))).toBeNull();
    one('main svg[aria-label="Share"]').setAttribute('aria-label', 'Like');
    expect(click(buttonOf(one('main section svg[aria-label="Like"]')))).toBeNull();
  });

  // No live capture shows a post opened in a dialog in this layout; replica:
  // the real post moved into one, as Instagram opens it over a feed.
  it('the same post in a dialog is found and read the same way', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(...one('main').childNodes);
    document.body.append(dialog);
    expect(markables()).toEqual([
      'post instagram:columbia.ums',
      'post instagram:oxford5comma',
      'post instagram:williamtgong',
      'post instagram:oxford5comma',
      'post instagram:wbetts_',
      'post instagram:williamj.0',
    ]);
    expect(markablesOn(instagramAdapter)[0]!.element).toBe(dialog);
    expect(click(buttonOf(one('[role="dialog"] svg[aria-label="Like"][height="24"]')))).toBe('like instagram:columbia.ums');
    expect(click(buttonOf(one('[role="dialog"] svg[aria-label="Like"][height="16"]')))).toBe('like instagram:oxford5comma');
  });

  it('markers land on columbia.ums’s post alone when it is listed, on its header row', () => {
    const landed = markedRows(['instagram:columbia.ums']);
    expect(landed.map(({ account }) => account)).toEqual(['instagram:columbia.ums']);
    const row = landed[0]!.row!;
    expect(row.querySelector(`a[href="${IG}/columbia.ums/"]`)?.textContent?.trim()).toBe('columbia.ums');
    expect(row.querySelector('time')).toBeNull();
    expect(row.closest('main')).not.toBeNull();
  });

  it('markers land on both comments of oxford5comma when it is listed, and nowhere else', () => {
    const landed = markedRows(['instagram:oxford5comma']);
    expect(landed.map(({ account }) => account)).toEqual(['instagram:oxford5comma', 'instagram:oxford5comma']);
    const permalinks = landed.map(({ row }) => row?.querySelector('a[href*="/c/"]')?.getAttribute('href'));
    expect(permalinks).toEqual([`${IG}/p/DOuQoNmDKST/c/18048464087644380/`, `${IG}/p/DOuQoNmDKST/c/18079173586950107/`]);
  });
});

describe('the Reels viewer (/reels/…, Russian): no article, authors link to /<user>/reels/', () => {
  beforeEach(() => loadLivePage(REELS_PAGE, REELS_URL));

  const AUTHORS = ['promokod_tlt', 'mishacrylove', 'helga_luma', 'positiveticket'];
  const icons = (label: string) => all(`main svg[aria-label="${label}"]`);

  it('finds the four reels, each by its author', () => {
    expect(markables()).toEqual(AUTHORS.map((handle) => `post instagram:${handle}`));
  });

  it('each reel’s label goes on its author row, beside the name and Follow', () => {
    markablesOn(instagramAdapter).forEach(({ markable }, index) => {
      expect(markable.anchor.querySelector(`a[href="${IG}/${AUTHORS[index]}/reels/"]`)).not.toBeNull();
      expect(textButtons('Подписаться', markable.anchor)).toHaveLength(1);
    });
  });

  it('each reel’s heart ("Нравится") likes its author, read from the heart’s drawing', () => {
    expect(icons('Нравится').map((icon) => click(buttonOf(icon)))).toEqual(AUTHORS.map((handle) => `like instagram:${handle}`));
    expect(click(icons('Нравится')[2]!)).toBe('like instagram:helga_luma');
  });

  it('each reel’s Share ("Поделиться") shares its author’s reel, read from the paper plane’s drawing', () => {
    expect(icons('Поделиться').map((icon) => click(buttonOf(icon)))).toEqual(AUTHORS.map((handle) => `share instagram:${handle}`));
  });

  it('a double-click on a reel’s video likes it', () => {
    expect(all('main video').map(dblclick)).toEqual(AUTHORS.map((handle) => `like instagram:${handle}`));
  });

  // The video player (role group, "Video player") lies over the whole video,
  // so in a browser a double-click on the reel lands on the player's own
  // button, which also holds the author row, caption and mute button.
  const players = () => all('main [role="group"] > div > [role="presentation"] > [role="button"]');

  it('a double-click on the player over a reel’s video, where a browser sends it, likes the reel', () => {
    expect(players()).toHaveLength(4);
    expect(players().map(dblclick)).toEqual(AUTHORS.map((handle) => `like instagram:${handle}`));
    expect(players().map((player) => dblclick(player.firstElementChild!))).toEqual(AUTHORS.map((handle) => `like instagram:${handle}`));
  });

  it('a double-click on the player’s author row, Follow, caption or mute button is no like', () => {
    const player = players()[0]!;
    for (const target of [
      one('a[href$="/reels/"] span', player),
      one('a[href$="/reels/"] img', player),
      textButtons('Подписаться', player)[0]!,
      one('[role="presentation"] [role="button"] span', player),
      buttonOf(one('svg[aria-label="Звук выключен"]', player)),
      one('a[href*="/reels/audio/"] span', player),
    ]) {
      expect(dblclick(target)).toBeNull();
    }
  });

  it('Follow in Russian ("Подписаться") is no word of the table, so it warns nobody rather than guess', () => {
    expect(textButtons('Подписаться')).toHaveLength(4);
    expect(textButtons('Подписаться').map(click)).toEqual([null, null, null, null]);
  });

  it.each([
    ['Follow', 'English'],
    ['Ikuti', 'Indonesian'],
  ])('the same viewer read in %s (%s): each Follow follows its reel’s author', (follow) => {
    loadLivePage(REELS_PAGE, REELS_URL, (source) => source.replaceAll('>Подписаться<', `>${follow}<`));
    expect(textButtons(follow).map(click)).toEqual(AUTHORS.map((handle) => `follow instagram:${handle}`));
  });

  it.each([
    ['Комментировать', 'Comment: opens the comments'],
    ['Сохранить', 'Save'],
    ['Ещё', 'More'],
    ['Звук выключен', 'Sound off'],
    ['Значок кнопки воспроизведения', 'Play'],
  ])('%s (%s) is no guarded action', (label) => {
    expect(icons(label).map((icon) => click(buttonOf(icon)))).toEqual([null, null, null, null]);
  });

  it('the like counts, captions, audio links, author links and the previous/next arrows are no guarded action', () => {
    const counts = textButtons('32\u00a0000,0');
    expect(counts).toHaveLength(1);
    expect(all('[role="toolbar"] [role="button"]')).toHaveLength(2);
    for (const target of [
      ...counts,
      one('main a[href*="/reels/audio/"]'),
      one(`main a[href="${IG}/promokod_tlt/reels/"]`),
      ...all('[role="toolbar"] [role="button"]'),
    ]) {
      expect(click(target)).toBeNull();
    }
  });

  // No live capture shows a liked reel: Instagram draws a filled heart
  // (viewBox 0 0 48 48, no inner outline) and labels it Unlike in the page's
  // language. Replica of that icon in the real viewer.
  it('a liked reel’s heart, in a language not in the table, is no like', () => {
    const heart = icons('Нравится')[1]!;
    heart.setAttribute('aria-label', 'Не нравится');
    heart.setAttribute('viewBox', '0 0 48 48');
    one('path', heart).setAttribute('d', 'M34.6 3.1c-4.5 0-7.9 1.8-10.6 5.6-2.7-3.7-6.1-5.5-10.6-5.5C6 3.1 0 9.6 0 17.6z');
    expect(click(buttonOf(heart))).toBeNull();
    expect(dblclick(all('main video')[1]!)).toBeNull();
  });

  it('the same blocks read at another address (mid-navigation) are no reels: nothing is marked or liked', () => {
    history.replaceState(null, '', `${IG}/explore/`);
    expect(markables()).toEqual([]);
    expect(click(buttonOf(icons('Нравится')[0]!))).toBeNull();
  });

  it('markers land on helga_luma’s reel alone when it is listed', () => {
    const landed = markedRows(['instagram:helga_luma']);
    expect(landed.map(({ account }) => account)).toEqual(['instagram:helga_luma']);
    expect(landed[0]!.row?.querySelector(`a[href="${IG}/helga_luma/reels/"]`)).not.toBeNull();
    expect(landed[0]!.row?.querySelectorAll('a[href$="/reels/"]')).toHaveLength(1);
  });
});

describe('someone else’s profile (Spanish), already followed ("Siguiendo")', () => {
  beforeEach(() => loadLivePage(PROFILE_PAGE, PROFILE_URL));

  it('finds the header of rumborent_, on its name heading, as followed (the button with the menu chevron)', () => {
    const found = markablesOn(instagramAdapter);
    expect(found.map(({ markable }) => [markable.kind, accountKey(markable.account), markable.followed])).toEqual([
      ['profile', 'instagram:rumborent_', true],
    ]);
    expect(found[0]!.markable.anchor).toBe(one('header h2'));
  });

  it('Siguiendo (Following) unfollows, which is no intent', () => {
    const following = one('header button');
    expect(one('div[dir="auto"]', following).textContent).toBe('Siguiendo');
    expect(click(following)).toBeNull();
    expect(click(one('svg', following))).toBeNull();
  });

  it('Message, Similar accounts, Options, the bio’s “more”, the tabs, a highlight and the grid are no guarded action', () => {
    for (const target of [
      textButtons('Mensaje')[0]!,
      buttonOf(one('header svg[aria-label="Cuentas similares"]')),
      buttonOf(one('header svg[aria-label="Opciones"]')),
      textButtons('más')[0]!,
      one(`a[href="${IG}/rumborent_/reels/"]`),
      one(`a[href="${IG}/rumborent_/tagged/"]`),
      one('a[href*="/stories/highlights/"]'),
      one(`a[href="${IG}/rumborent_/p/DZbawttjr9O/"]`),
      one(`a[href="${IG}/rumborent_/reel/DZd8tR1u-_6/"]`),
    ]) {
      expect(click(target)).toBeNull();
    }
  });

  it('a marker lands on the header when rumborent_ is listed, and nowhere when another account is', () => {
    const landed = markedRows(['instagram:rumborent_']);
    expect(landed.map(({ account }) => account)).toEqual(['instagram:rumborent_']);
    expect(landed[0]!.row).toBe(one('header h2'));
    expect(markersOnLivePage(instagramAdapter, ['instagram:columbia.ums'])).toEqual([]);
  });
});
