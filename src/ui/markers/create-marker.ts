import type { ListedAccount } from '../../lists/listed-account';
import type { Language } from '../language';
// Only this area's text: the content script must not carry every page's strings.
import { markerText } from '../i18n/marker';

export const MARKER_TAG = 'jaga-netral-marker';

/**
 * Inline and isolated in an open shadow root: the page's styles cannot
 * restyle it and it cannot restyle the page. The host is zero-height and the
 * label is centred on it, so a label taller than the site's name row never
 * makes the row, or the feed, any taller. The label has no role of its own
 * beyond a note, so screen readers read it with the post.
 */
const CSS = `
:host { all: initial; display: inline-block; height: 0; line-height: 0; vertical-align: middle; overflow: visible;
  margin-inline-start: 6px; }
span { display: inline-block; transform: translateY(-50%); font: 600 11px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #92400e; background: #fef3c7; border: 1px solid #f59e0b; border-radius: 999px; padding: 1px 6px; white-space: nowrap; }
p { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #92400e; margin: 4px 0 0; white-space: normal; max-width: 420px; }
`;

export function createMarker(listed: ListedAccount, lang: Language, followed: boolean): HTMLElement {
  const text = markerText[lang];
  const host = document.createElement(MARKER_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const label = document.createElement('span');
  label.setAttribute('data-marker', 'listed');
  label.setAttribute('data-account', listed.key);
  label.setAttribute('role', 'note');
  label.title = text.title(listed.name, listed.listTitle);
  label.textContent = text.label;
  shadow.append(style, label);
  if (followed) {
    // The note sits under the profile name, where following is decided.
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('height', 'auto', 'important');
    host.style.setProperty('line-height', 'normal', 'important');
    label.setAttribute('data-followed', 'true');
    const note = document.createElement('p');
    note.textContent = text.followed;
    shadow.append(note);
  }
  return host;
}
