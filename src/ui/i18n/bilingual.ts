import type { Language } from '../language';

/**
 * One area's interface text in both languages, side by side so a translator
 * sees each string with its twin. The Indonesian half must have exactly the
 * English half's shape: a missing or extra string does not compile.
 */
export function bilingual<T>(text: { en: T; id: NoInfer<T> }): Record<Language, T> {
  return text;
}
