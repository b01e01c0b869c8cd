import type { ImportResponse } from '../../messaging/protocol';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

/**
 * Every problem on its own line, with where it is, so a maintainer can fix
 * the file in one pass; past the first few hundred, how many more of each kind.
 */
export function ImportResult({ result, lang }: { result: ImportResponse; lang: Language }) {
  const { import: text, problems } = messages(lang);
  if (result.ok) {
    return (
      <p class="ok" role="status" data-import-status="ok">
        {text.ok(result.title, result.accounts)}
      </p>
    );
  }
  return (
    <div role="alert" data-import-status="error">
      <p class="error">{text.refused(result.problems.length + (result.hidden?.total ?? 0))}</p>
      <ul>
        {result.problems.map((problem, i) => (
          <li key={i} class="error" data-import-error={problem.path || 'document'}>
            {problem.entry !== undefined ? text.entry(problem.entry + 1) : ''}
            {problem.path ? <code>{problem.path}</code> : null} {problems[problem.code](problem.params)}
          </li>
        ))}
        {result.hidden ? (
          <li class="error" data-import-hidden={result.hidden.total}>
            {text.hidden(result.hidden.total, result.hidden.byCode.map(([code, n]) => `${code} × ${n.toLocaleString(lang)}`).join(', '))}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
