/**
 * The element an event is aimed at. Clicks can land on a text node in some
 * engines; its parent element is what `closest()` must start from. Node types
 * are compared by number because `instanceof` fails across the page's and the
 * content script's realms.
 */
export function targetElement(event: Event): Element | null {
  const target = event.target as Node | null;
  if (target === null || typeof target.nodeType !== 'number') return null;
  if (target.nodeType === 1) return target as Element;
  return target.parentElement;
}
