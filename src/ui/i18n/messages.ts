import type { Language } from '../language';
import { markerText } from './marker';
import { warningText } from './warning';

/**
 * Every area's text, registered here once: the completeness test walks this
 * object, so an area missing from it would go unchecked.
 */
const AREAS = {
  warning: warningText,
  marker: markerText,
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
