import type { Language } from '../language';
import { healthText } from './health';
import { historyText } from './history';
import { importText } from './import';
import { problemText } from './problems';
import { listsText } from './lists';
import { markerText } from './marker';
import { optionsText } from './options';
import { readingText } from './reading';
import { popupText } from './popup';
import { rulesText } from './rules';
import { subscriptionsText } from './subscriptions';
import { warningText } from './warning';
import { welcomeText } from './welcome';

/**
 * Every area's text, registered here once: the completeness test walks this
 * object, so an area missing from it would go unchecked.
 */
const AREAS = {
  warning: warningText,
  marker: markerText,
  options: optionsText,
  lists: listsText,
  import: importText,
  problems: problemText,
  rules: rulesText,
  popup: popupText,
  welcome: welcomeText,
  history: historyText,
  subscriptions: subscriptionsText,
  health: healthText,
  reading: readingText,
};

export type Messages = { [Area in keyof typeof AREAS]: (typeof AREAS)[Area]['en'] };

function inLanguage(lang: Language): Messages {
  return Object.fromEntries(Object.entries(AREAS).map(([area, text]) => [area, text[lang]])) as Messages;
}

export const MESSAGES: Record<Language, Messages> = { id: inLanguage('id'), en: inLanguage('en') };

/** The interface text in one language. */
export function messages(lang: Language): Messages {
  return MESSAGES[lang];
}
