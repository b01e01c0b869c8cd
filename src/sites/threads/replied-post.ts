import { threads } from '../../lists/normalise/threads';
import type { AccountRef } from '../../lists/platform';
import { linkedAccount, postAuthor } from './author';
import { REPLY_PROMPT, ThreadsSelectors } from './selectors';

/**
 * Whose post a reply composer answers. The dialog shows the thread it answers
 * above the editor, the post replied to last: replying to an unlisted reply
 * under a listed post is a comment on the reply's author. A post shown below
 * the editor is a quote being written, and a composer with no post above it
 * writes a new post: neither is a reply.
 */
export function repliedTo(dialog: Element): AccountRef | null {
  const editor = dialog.querySelector(ThreadsSelectors.editor);
  if (editor === null) return null;
  const framed = lastPostAbove(dialog, editor);
  return framed === null ? unframedAuthor(dialog, editor) : postAuthor(framed);
}

/** The post a reply composer shows it answers, where the dialog frames it as a post. */
export function repliedPost(dialog: Element): Element | null {
  const editor = dialog.querySelector(ThreadsSelectors.editor);
  return editor === null ? null : lastPostAbove(dialog, editor);
}

function lastPostAbove(dialog: Element, editor: Element): Element | null {
  let replied: Element | null = null;
  for (const post of dialog.querySelectorAll(ThreadsSelectors.post)) {
    const quoted = post.parentElement?.closest(ThreadsSelectors.post);
    if (isAbove(post, editor) && (!quoted || !dialog.contains(quoted))) replied = post;
  }
  return replied;
}

/**
 * The dialog can show the post without a post container around it. Then the
 * links above the editor name it: its avatar, name and time stamp name its
 * author, while a thread shown above it, a mention or a quote name others.
 * One account named there is the author; among several, the composer's
 * prompt picks the one replied to. A prompt naming none of them, or several
 * accounts and no prompt read, is not guessed at.
 */
function unframedAuthor(dialog: Element, editor: Element): AccountRef | null {
  const shown = new Map<string, AccountRef>();
  for (const link of dialog.querySelectorAll(ThreadsSelectors.link)) {
    if (!isAbove(link, editor)) break;
    const account = linkedAccount(link);
    if (account !== null) shown.set(account.id, account);
  }
  const prompted = promptedAccount(editor);
  if (prompted !== null) return shown.get(prompted.id) ?? null;
  const [only, ...others] = shown.values();
  return only !== undefined && others.length === 0 ? only : null;
}

/** The account the editor's "Reply to <user>…" placeholder names, in a language that has one here. */
function promptedAccount(editor: Element): AccountRef | null {
  const prompt = editor.getAttribute('aria-placeholder') ?? editor.getAttribute('placeholder') ?? '';
  const handle = REPLY_PROMPT.exec(prompt.trim())?.[1];
  const result = handle === undefined ? null : threads.fromText(handle);
  return result?.ok ? result.account : null;
}

function isAbove(element: Element, editor: Element): boolean {
  return (element.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
