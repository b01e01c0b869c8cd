import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PLATFORM_LABEL } from '../../lists/normalise/common';
import { healthProblems } from '../health-problems';
import { messages, type Messages } from '../i18n/messages';
import type { PageReading } from '../../guard/page-reading';
import { usePageSettings } from '../pages/use-preferences';
import { settingsInForce, useManagedPolicy } from '../pages/use-managed-policy';
import { readPopupStatus, type PopupStatus } from './popup-status';

/**
 * The toolbar popup: whether this tab is guarded, whether any list is on,
 * and today's warnings, with the way to the history and the settings.
 */
export function PopupPage() {
  const settings = usePageSettings();
  const policy = useManagedPolicy();
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    readPopupStatus().then(setStatus, (error: unknown) => {
      console.error('[Jaga Netral] popup status', error);
      setFailed(true);
    });
  }, []);

  if (!settings) return null;
  const { popup: text, health, reading } = messages(settings.lang);
  const inForce = settingsInForce(settings.prefs, policy);
  const problems = status ? healthProblems(status.health, health) : [];
  const listsProblem = problems.find((problem) => problem.area === 'lists');
  const historyProblem = problems.find((problem) => problem.area === 'history');
  const protection = listsProblem ? 'degraded' : status !== null && (status.activeLists ?? 0) > 0 ? 'on' : 'off';
  return (
    <>
      <h1>{text.heading}</h1>
      {status ? (
        <ul class="status" aria-live="polite">
          <li data-popup="site" data-site={status.site ?? ''}>
            {status.site ? text.onSite(PLATFORM_LABEL[status.site]) : text.offSite}
          </li>
          <li data-popup="protection" data-protection={protection} class={protection === 'on' ? 'ok' : 'error'}>
            {listsProblem?.text ?? (protection === 'on' ? text.protectionOn : text.protectionOff)}
          </li>
          {status.page === null ? null : (
            <li
              data-popup="page-reading"
              data-reading={status.page.state}
              class={status.page.state === 'unreadable' || status.page.state === 'partial' ? 'error' : undefined}
            >
              {pageReadingText(status.page, reading)}
            </li>
          )}
          {status.activeLists === null ? null : <li data-popup="lists">{text.activeLists(status.activeLists)}</li>}
          {status.outOfDate > 0 ? (
            <li data-popup="out-of-date" class="error">
              {text.outOfDate(status.outOfDate)}
            </li>
          ) : null}
          {status.warningsToday === null ? null : <li data-popup="today">{text.warningsToday(status.warningsToday)}</li>}
          {historyProblem ? (
            <li data-popup="history-health" data-history={historyProblem.state} class="error">
              {historyProblem.text}
            </li>
          ) : null}
          {inForce.logging ? null : <li data-popup="logging-off">{text.loggingOff}</li>}
          {policy?.status === 'active' ? <li data-popup="managed">{text.managed}</li> : null}
          {policy?.status === 'invalid' ? (
            <li data-popup="managed" class="error">
              {text.managedInvalid}
            </li>
          ) : null}
        </ul>
      ) : null}
      {failed ? (
        <p class="error" role="alert" data-popup="protection" data-protection="off">
          {text.protectionOff}
        </p>
      ) : null}
      <nav>
        <button type="button" data-popup-link="history" onClick={() => void openHistory()}>
          {text.history}
        </button>
        <button type="button" data-popup-link="options" onClick={() => void openOptions()}>
          {text.options}
        </button>
      </nav>
    </>
  );
}

async function openHistory() {
  await browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
  close();
}

async function openOptions() {
  await browser.runtime.openOptionsPage();
  close();
}

function pageReadingText(page: PageReading, text: Messages['reading']): string {
  if (page.state === 'unreadable') return text.unreadable;
  if (page.state === 'partial') return text.partial(page.language ?? '?');
  return text.read(page.posts, page.authors, page.controls);
}
