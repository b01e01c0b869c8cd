/**
 * The visible text of a post's text blocks, one block per line, each block
 * read once (a block nested in another found block is part of it). innerText
 * keeps the line breaks a person sees, so a hashtag ending one line is not
 * glued to the next line's first word, and leaves out hidden parts; where
 * there is no layout (an unrendered block) it is the text content. Called
 * only when an action is about to happen, never while detecting it.
 */
export function blocksText(blocks: Iterable<Element>): string {
  const read: Element[] = [];
  for (const block of blocks) {
    if (!read.some((outer) => outer.contains(block))) read.push(block);
  }
  return read.map((block) => (block as HTMLElement).innerText ?? block.textContent).join('\n');
}
