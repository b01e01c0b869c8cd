import type { PageHandle } from './harness/driver';

/**
 * Types into a Lexical editor (Facebook's and Threads' composers) as Lexical
 * holds text, one paragraph in the paragraph direction the site writes, then
 * fires the input event the site enables its Post button on, and waits for it.
 */
export async function typeInLexical(page: PageHandle, editor: string, dir: 'auto' | 'ltr', text: string, postButton: string): Promise<void> {
  await page.evaluate(`(() => {
    const editor = document.querySelector(${JSON.stringify(editor)});
    editor.innerHTML = '<p dir="${dir}"><span data-lexical-text="true"></span></p>';
    editor.querySelector('span').textContent = ${JSON.stringify(text)};
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`document.querySelector(${JSON.stringify(postButton)}).getAttribute('aria-disabled') === 'false'`);
}
