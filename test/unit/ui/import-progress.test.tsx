// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportProgress } from '../../../src/ui/pages/ImportProgress';
import { followImportProgress } from '../../../src/ui/pages/follow-import-progress';
import type { ImportProgress as Progress } from '../../../src/messaging/import-progress';

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('import progress', () => {
  it('is a progress bar named by its label, showing how far the check got', () => {
    act(() => render(<ImportProgress stage="checking" label="Memeriksa daftar…" value={40_000} max={200_000} />, container));
    const bar = container.querySelector('progress')!;
    expect(bar.value / bar.max).toBeCloseTo(0.2);
    expect(container.querySelector(`label[for="${bar.id}"]`)?.textContent).toBe('Memeriksa daftar…');
    expect(container.querySelector('[data-import-progress]')?.getAttribute('data-import-progress')).toBe('checking');
  });

  it('shows a bar without a value while nobody can say how far', () => {
    act(() => render(<ImportProgress stage="saving" label="Saving the list…" />, container));
    expect(container.querySelector('progress')?.hasAttribute('value')).toBe(false);
  });

  it('follows the background’s reports until told to stop, ignoring other messages', async () => {
    const seen: Progress[] = [];
    const stop = followImportProgress((progress) => seen.push(progress));
    await fakeBrowser.runtime.sendMessage({ type: 'lists:import-progress', progress: { stage: 'checking', done: 5000, total: 200_000 } });
    await fakeBrowser.runtime.sendMessage({ type: 'lists:import-progress', progress: { stage: 'checking', done: -1 } }).catch(() => undefined);
    await fakeBrowser.runtime.sendMessage({ type: 'lists:summary' }).catch(() => undefined);
    stop();
    await fakeBrowser.runtime.sendMessage({ type: 'lists:import-progress', progress: { stage: 'saving' } }).catch(() => undefined);
    expect(seen).toEqual([{ stage: 'checking', done: 5000, total: 200_000 }]);
  });
});
