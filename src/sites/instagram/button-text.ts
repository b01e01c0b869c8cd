/**
 * The words a text button shows. Its icons carry a <title> ("Down chevron
 * icon" beside Following), which textContent would run into the label.
 */
export function buttonText(button: Element): string {
  let text = '';
  for (const node of button.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).localName !== 'svg') text += buttonText(node as Element);
  }
  return text.trim();
}
