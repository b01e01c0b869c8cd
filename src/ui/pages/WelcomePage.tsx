import { browser } from 'wxt/browser';
import { messages } from '../i18n/messages';
import { usePageSettings } from './use-preferences';

/** Shown once, on install: what the extension does, what stays on the device, where the history is. */
export function WelcomePage() {
  const settings = usePageSettings();
  if (!settings) return null;
  const text = messages(settings.lang).welcome;
  return (
    <>
      <h1>{text.title}</h1>
      <p>{text.what}</p>
      <p>{text.lists}</p>
      <h2>{text.privacyHeading}</h2>
      <p>{text.privacy}</p>
      <h2>{text.historyHeading}</h2>
      <p>{text.history}</p>
      <ul>
        <li>
          <a href={browser.runtime.getURL('/rules.html')} data-welcome-link="rules">
            {text.rules}
          </a>
        </li>
        <li>
          <a href={browser.runtime.getURL('/options.html')} data-welcome-link="options">
            {text.options}
          </a>
        </li>
      </ul>
      <p class="muted">{text.disclaimer}</p>
    </>
  );
}
