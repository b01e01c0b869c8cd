/**
 * Elements that start a new line where a person reads the text. Tag names,
 * not layout: the text is read from the markup alone, the same in every
 * engine, and reading it never makes the page lay itself out.
 */
const LINE_START = /^(?:BR|DIV|P|LI|H[1-6]|BLOCKQUOTE)$/;
/** Elements and text nodes (NodeFilter's bits, by number: the constant is the page realm's). */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * The text of a post's text blocks, one block per line, each block read once
 * (a block nested in another found block is part of it). A line break or a
 * new paragraph inside a block is a new line, so a hashtag ending one line
 * is not glued to the next line's first word. Called only when an action is
 * about to happen, never while detecting it.
 */
export function blocksText(blocks: Iterable<Element>): string {
  const read: Element[] = [];
  for (const block of blocks) {
    if (!read.some((outer) => outer.contains(block))) read.push(block);
  }
  return read.map((block) => textOf(block).trim()).join('\n');
}

function textOf(block: Element): string {
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, ELEMENTS_AND_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (LINE_START.test(node.nodeName) && !text.endsWith('\n')) text += '\n';
  }
  return text;
}
