// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMarker } from '../../../src/ui/markers/create-marker';
import { HistoryTable } from '../../../src/ui/pages/history/HistoryTable';
import { ListsTable } from '../../../src/ui/pages/ListsTable';
import { messages } from '../../../src/ui/i18n/messages';
import { WARNING_CSS } from '../../../src/ui/warning-style';
import type { ListedAccount } from '../../../src/lists/listed-account';
import type { ListSummary } from '../../../src/messaging/protocol';
import { sampleEntry } from '../history/sample-entry';
import { mountWarning, shadowHost } from '../ui/warning-fixture';

const HOSTILE = {
  markup: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  rtl: '\u202Egnp.exe\u202C Anies',
  zeroWidth: 'An\u200Bies\u200D Bas\uFEFFwedan',
  long: `${'Panjang'.repeat(1_428)}end`.slice(0, 10_000),
} as const;

/** How many elements of each tag a tree holds: hostile text must not add any. */
function tagCounts(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of root.querySelectorAll('*')) counts[element.tagName] = (counts[element.tagName] ?? 0) + 1;
  return counts;
}

function expectInert(root: ParentNode, baseline: Record<string, number>) {
  expect(root.querySelector('img, script, svg, iframe, [onerror], [onload]')).toBeNull();
  expect(tagCounts(root)).toEqual(baseline);
}

function listed(name: string): ListedAccount {
  return { key: 'x:aniesbaswedan', name, role: name, party: name, listId: 'pilpres-2024', listTitle: name, entryIndex: 0 };
}

describe.each(Object.entries(HOSTILE))('a hostile name (%s) renders as inert text', (_kind, name) => {
  let host: HTMLElement;
  let root: ShadowRoot;
  beforeEach(() => ({ host, root } = shadowHost()));
  afterEach(() => {
    act(() => render(null, root));
    host.remove();
  });

  it('in the warning', () => {
    mountWarning(root, { listed: listed('Anies') });
    const baseline = tagCounts(root);
    act(() => render(null, root));
    const { dialog } = mountWarning(root, { listed: listed(name) });
    expectInert(root, baseline);
    expect(dialog.querySelector('strong')?.textContent).toBe(name);
    expect(dialog.querySelector('.list')?.textContent).toContain(name);
    expect(dialog.querySelector('.role')?.textContent).toBe(`${name} · ${name}`);
  });

  it('in the passive marker', () => {
    const baseline = tagCounts(createMarker(listed('Anies'), 'id', true).shadowRoot!);
    const marker = createMarker(listed(name), 'id', true);
    expect(marker.children).toHaveLength(0);
    expectInert(marker.shadowRoot!, baseline);
    expect(marker.shadowRoot!.querySelector('[data-marker]')?.getAttribute('title')).toContain(name);
  });

  it('in a history table row', () => {
    const text = messages('en').history;
    const table = (label: string, reason: string) => <HistoryTable entries={[sampleEntry(1, { entryLabel: label, reason })]} busy={false} text={text} />;
    act(() => render(table('Anies', 'ok'), root));
    const baseline = tagCounts(root);
    act(() => render(table(name, name), root));
    expectInert(root, baseline);
    const row = root.querySelector('[data-history-entry]')!;
    expect(row.textContent).toContain(name);
    expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('title'))).toContain(name);
  });

  it('in the options list table', () => {
    fakeBrowser.reset();
    const summary = (title: string): ListSummary => ({
      id: 'media-test',
      title,
      origin: 'imported',
      enabled: true,
      managed: false,
      updated: '2026-11-01',
      accounts: 1,
      hashtags: 0,
      platforms: { x: 1 },
      sources: [title],
    });
    const table = (title: string) => <ListsTable lists={[summary(title)]} lang="en" onChange={() => undefined} />;
    act(() => render(table('Media'), root));
    const baseline = tagCounts(root);
    act(() => render(table(name), root));
    expectInert(root, baseline);
    const row = root.querySelector('[data-list="media-test"]')!;
    expect(row.querySelectorAll('td')[1]?.textContent).toContain(name);
    expect(row.querySelectorAll('td')[3]?.textContent).toBe(name);
    expect(row.querySelector('input')?.getAttribute('aria-label')).toContain(name);
  });
});

describe('the warning dialog style', () => {
  // happy-dom does no layout, so the rule itself is what can be checked.
  const dialogRule = /\.dialog\s*\{([^}]*)\}/.exec(WARNING_CSS)?.[1] ?? '';

  it('wraps long names instead of widening the dialog', () => {
    expect(dialogRule).toMatch(/overflow-wrap:\s*anywhere/);
  });

  it('isolates its text so an RTL override in a name cannot flip the page or the dialog around it', () => {
    expect(dialogRule).toMatch(/unicode-bidi:\s*isolate/);
  });
});
