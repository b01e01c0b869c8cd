// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showWarning, type WarningOutcome } from '../../../src/ui/show-warning';
import { key, warningProps } from './warning-fixture';

const ctx = { onInvalidated: () => () => {} } as unknown as ContentScriptContext;
const host = () => document.querySelector('jaga-netral-warning');
const root = () => host()!.shadowRoot!;
const dialog = () => root().querySelector<HTMLElement>('[role="alertdialog"]')!;

/** Shows one warning about `name` next to a control on the page, as the guard asks for it. */
function show(name: string, strict = false): Promise<WarningOutcome> {
  const control = document.body.appendChild(document.createElement('button'));
  const { props } = warningProps({ strict });
  let shown!: Promise<WarningOutcome>;
  act(() => {
    shown = showWarning(ctx, { ...props, listed: { ...props.listed, name }, anchor: control, theme: null });
  });
  return shown;
}

async function escape(shown: Promise<WarningOutcome>): Promise<WarningOutcome> {
  act(() => key(dialog(), 'Escape'));
  return shown;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('showWarning on a page that warns more than once', () => {
  it('shows each warning about its own account, with Cancel focused, and leaves nothing on the page between them', async () => {
    expect(await escape(show('Anies Rasyid Baswedan'))).toEqual({ decision: 'cancelled' });
    expect(host()).toBeNull();

    const second = show('Prabowo Subianto');
    expect(dialog().textContent).toContain('Prabowo Subianto');
    expect(dialog().textContent).not.toContain('Anies');
    expect(root().activeElement).toBe(root().querySelector('[data-action="cancel"]'));
    expect(await escape(second)).toEqual({ decision: 'cancelled' });
    expect(host()).toBeNull();
  });

  it('starts the strict step afresh: a reason typed in one warning is not in the next', async () => {
    const first = show('Anies Rasyid Baswedan', true);
    const box = root().querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
    act(() => {
      box.value = 'sudah saya pertimbangkan';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await escape(first);

    const second = show('Anies Rasyid Baswedan', true);
    expect(root().querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value).toBe('');
    expect(root().querySelector<HTMLButtonElement>('[data-action="proceed"]')!.disabled).toBe(true);
    await escape(second);
  });
});
