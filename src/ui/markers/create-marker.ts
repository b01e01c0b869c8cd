import type { ListedAccount } from '../../lists/listed-account';
import type { Language } from '../language';
// Only this area's text: the content script must not carry every page's strings.
import { markerText } from '../i18n/marker';

export const MARKER_TAG = 'jaga-netral-marker';

/**
 * Inline and isolated: the label sits in an open shadow root, where the
 * page's rules cannot reach, and the host's own declarations are inline and
 * important, which outrank any page rule that matches the host. The host is
 * zero-height and the label is centred on it, so a label taller than the
 * site's name row never makes the row, or the feed, any taller. Inline
 * styles rather than a style sheet: a <style> in each marker's shadow root
 * was most of the cost of inserting one (measured in a trace of the per-post
 * benchmark). The label has no role of its own beyond a note, so screen
 * readers read it with the post.
 */
const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
// color-scheme is inherited from the page after the reset: a site that
// declares its dark theme (X on <html>, Facebook and Instagram in a meta
// tag) gets the dark half of each light-dark() colour below. So is text
// spacing, which a reader's own style sheet may widen (WCAG 1.4.12).
const RESET =
  'all:initial!important;color-scheme:inherit!important;letter-spacing:inherit!important;word-spacing:inherit!important;overflow:visible!important;margin-inline-start:6px!important;';
const HOST_STYLE = `${RESET}display:inline-block!important;height:0!important;line-height:0!important;vertical-align:middle!important`;
/** On a followed profile the note sits under the name, where following is decided. */
const FOLLOWED_HOST_STYLE = `${RESET}display:block!important`;
/**
 * The --jn-warn, --jn-warn-bg and --jn-warn-line tokens of style/colours.css
 * and style/tokens.css
 * (a marker has no style sheet to read them from; a unit test keeps the two
 * equal). Both the label and the note carry their own background, so their
 * contrast holds on any page.
 */
export const MARKER_COLOURS = 'color:light-dark(#92400e,#fcd34d);background:light-dark(#fef3c7,#451a03)';
const LABEL_STYLE = `display:inline-block;transform:translateY(-50%);font:600 11px/1.3 ${FONT};${MARKER_COLOURS};border:1px solid light-dark(#b45309,#f59e0b);border-radius:999px;padding:1px 6px;white-space:nowrap`;
const NOTE_STYLE = `display:block;font:12px/1.4 ${FONT};${MARKER_COLOURS};border-radius:6px;padding:2px 6px;margin:4px 0 0;max-width:420px`;

/**
 * One marker per language, built once and cloned: a clonable shadow root is
 * copied with its host, for less than building host, root and label again.
 */
const prototypes = new Map<Language, HTMLElement>();

function prototypeFor(lang: Language): HTMLElement {
  let host = prototypes.get(lang);
  if (host === undefined) {
    host = document.createElement(MARKER_TAG);
    host.setAttribute('style', HOST_STYLE);
    const label = document.createElement('span');
    label.setAttribute('style', LABEL_STYLE);
    label.setAttribute('data-marker', 'listed');
    label.setAttribute('role', 'note');
    label.textContent = markerText[lang].label;
    host.attachShadow({ mode: 'open', clonable: true }).append(label);
    prototypes.set(lang, host);
  }
  return host;
}

export function createMarker(listed: ListedAccount, lang: Language, followed: boolean): HTMLElement {
  const text = markerText[lang];
  const host = prototypeFor(lang).cloneNode(true) as HTMLElement;
  const shadow = host.shadowRoot!;
  const label = shadow.firstElementChild as HTMLElement;
  label.setAttribute('data-account', listed.key);
  label.title = text.title(listed.name, listed.listTitle);
  if (followed) {
    host.setAttribute('style', FOLLOWED_HOST_STYLE);
    label.setAttribute('data-followed', 'true');
    const note = document.createElement('p');
    note.setAttribute('style', NOTE_STYLE);
    note.textContent = text.followed;
    shadow.append(note);
  }
  return host;
}
