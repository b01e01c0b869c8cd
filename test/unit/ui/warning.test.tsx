// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SKB_2022_SOCIAL_MEDIA } from '../../../src/rules/catalogue';
import { render } from 'preact';
import { Warning, type WarningProps } from '../../../src/ui/Warning';
import { key, mountWarning, shadowHost, trustedClick, warningProps } from './warning-fixture';

let host: HTMLElement;
let root: ShadowRoot;
const mount = (overrides: Partial<WarningProps> = {}) => mountWarning(root, overrides);

beforeEach(() => {
  ({ host, root } = shadowHost());
});
afterEach(() => host.remove());

describe('Warning', () => {
  it('meets the test contract: role, account, intent, clause', () => {
    const { dialog } = mount();
    expect(dialog.dataset.account).toBe('x:aniesbaswedan');
    expect(dialog.dataset.intent).toBe('follow');
    expect(dialog.dataset.clause).toBe(SKB_2022_SOCIAL_MEDIA.id);
  });

  it('is labelled and described for screen readers', () => {
    const { dialog } = mount();
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toMatch(/daftar peserta pemilu/);
    expect(root.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain('Anies Rasyid Baswedan');
  });

  it('names the account, its role, the list and the clause in Indonesian', () => {
    const { dialog } = mount();
    const text = dialog.textContent!;
    expect(text).toContain('mengikuti (follow) akun');
    expect(text).toContain('@aniesbaswedan');
    expect(text).toContain('Calon Presiden 2024');
    expect(text).toContain('Pemilu 2024 — capres dan cawapres');
    expect(text).toContain('Lampiran II');
    expect(text).toContain('bukan nasihat hukum');
  });

  it('names the party next to the role when the list gives one', () => {
    const { dialog } = mount({
      listed: { key: 'x:p', name: 'P', role: 'Calon Gubernur', party: 'Koalisi Maju', listId: 'l', listTitle: 'L', entryIndex: 0 },
    });
    expect(dialog.querySelector('.role')?.textContent).toBe('Calon Gubernur · Koalisi Maju');
  });

  it('offers no reason box and no wait outside strict mode', () => {
    const { dialog, button } = mount();
    expect(dialog.querySelector('textarea')).toBeNull();
    expect(button('proceed').disabled).toBe(false);
  });

  it('speaks English when asked', () => {
    const { dialog, button } = mount({ lang: 'en', intent: 'like' });
    expect(dialog.textContent).toContain('You are about to like content from');
    expect(button('cancel').textContent).toBe('Cancel');
  });

  it('focuses cancel first', () => {
    const { button } = mount();
    expect(root.activeElement).toBe(button('cancel'));
  });

  it('has cancel focused as soon as it is rendered, so an Escape pressed before the next frame still cancels', () => {
    const { props, onDecision } = warningProps();
    // A plain render, as the content script does: no act() to flush effects.
    render(<Warning {...props} />, root);
    expect(root.activeElement).toBe(root.querySelector('[data-action="cancel"]'));
    key(root.activeElement!, 'Escape');
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });

  it('cancels on Escape', () => {
    const { onDecision, dialog } = mount();
    key(dialog, 'Escape');
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });

  it('cancels on a click outside the dialog', () => {
    const { onDecision } = mount();
    trustedClick(root.querySelector('.backdrop')!);
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });

  it('ignores a scripted click on proceed and accepts a real one', () => {
    const { onDecision, button } = mount();
    button('proceed').click();
    expect(onDecision).not.toHaveBeenCalled();
    trustedClick(button('proceed'));
    expect(onDecision).toHaveBeenCalledWith('proceeded');
  });

  it('keeps Tab inside the dialog, whose first stop is its text (a keyboard scrolls it there)', () => {
    const { dialog, button } = mount();
    button('proceed').focus();
    key(dialog, 'Tab');
    expect(root.activeElement?.id).toBe('jn-body');
    key(dialog, 'Tab', { shiftKey: true });
    expect(root.activeElement).toBe(button('proceed'));
  });

  it('renders hostile names as text, never as markup', () => {
    const { dialog } = mount({
      listed: {
        key: 'x:evil',
        name: '<img src=x onerror=alert(1)>',
        listId: 'l',
        listTitle: '<script>alert(2)</script>',
        entryIndex: 0,
      },
    });
    expect(dialog.querySelector('img, script')).toBeNull();
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks to open the clause page', () => {
    const { onReadRule } = mount();
    trustedClick(root.querySelector('button.link')!);
    expect(onReadRule).toHaveBeenCalledWith(SKB_2022_SOCIAL_MEDIA.id);
  });
});
