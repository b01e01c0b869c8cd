import { blocksText } from '../post-text';
import { ThreadsSelectors as S } from './selectors';

/**
 * The visible text of a post and of the post it quotes (nested in it): its
 * runs of words, without the names, time stamps and counts that are runs
 * too (those are links or buttons, or hold nothing but links), and its tags.
 * Threads shows a tag by its name, often without `#` ("AI Threads", linking
 * to `/search?q=aithreads&serp_type=tags`): it is read as `#` and the
 * searched tag, spaces dropped, since a tag written in a list has none.
 */
export function threadsPostText(post: Element): string {
  const runs = [...post.querySelectorAll(S.textRun)].filter((run) => run.closest(S.notWords) === null && hasOwnWords(run));
  const tags = [...post.querySelectorAll(S.tagLink)].map(tagOf);
  return [blocksText(runs), ...tags].filter((part) => part !== '').join('\n');
}

function hasOwnWords(run: Element): boolean {
  let words = run.textContent;
  for (const link of run.querySelectorAll('a')) words = words.replace(link.textContent, '');
  return words.trim() !== '';
}

function tagOf(link: Element): string {
  const shown = link.textContent.trim();
  if (shown.startsWith('#')) return shown;
  const searched = new URL(link.getAttribute('href') ?? '', 'https://www.threads.net/').searchParams.get('q') ?? shown;
  return `#${searched.replace(/^#|\s+/g, '')}`;
}
