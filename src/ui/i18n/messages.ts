import type { Language } from '../language';
import { en, type Messages } from './en';
import { id } from './id';

export type { Messages };

export const MESSAGES: Record<Language, Messages> = { id, en };

/** The interface text in one language. */
export function messages(lang: Language): Messages {
  return MESSAGES[lang];
}
