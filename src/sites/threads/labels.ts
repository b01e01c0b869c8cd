import { FALLBACK_LANGUAGE, ThreadsLabels, ThreadsSelectors, type ControlKind } from './selectors';

type LabelIndex = ReadonlyMap<string, ControlKind>;

function indexOf(table: Readonly<Record<ControlKind, readonly string[]>>): LabelIndex {
  return new Map(
    (Object.entries(table) as [ControlKind, readonly string[]][]).flatMap(([kind, labels]) =>
      labels.map((label) => [label, kind] as const),
    ),
  );
}

// Label → kind, built once per language so a click costs one map lookup.
const INDEXES: ReadonlyMap<string, LabelIndex> = new Map(
  Object.entries(ThreadsLabels).map(([language, table]) => [language, indexOf(table)]),
);
const FALLBACK_INDEX = indexOf(ThreadsLabels[FALLBACK_LANGUAGE]);

/**
 * What a Threads control does, read from its localised label: its own
 * aria-label, else its icon's (like, repost, the "+" follow on an avatar),
 * else its text (the profile's Follow button, the composer's Post button).
 */
export function controlKind(control: Element): ControlKind | null {
  return labelIndex(control.ownerDocument).get(controlLabel(control)) ?? null;
}

function controlLabel(control: Element): string {
  const label =
    control.getAttribute('aria-label') ??
    control.querySelector(ThreadsSelectors.labelledIcon)?.getAttribute('aria-label') ??
    control.textContent;
  return label.trim();
}

function labelIndex(doc: Document): LabelIndex {
  const language = doc.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  return INDEXES.get(language) ?? FALLBACK_INDEX;
}
