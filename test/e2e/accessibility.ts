import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './harness/driver';

/** Helpers of the accessibility spec: axe-core in the page, and what a phone user meets. */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page's main world on `context` (a main-world
 * expression for a node or a list of nodes, or the whole document; axe
 * follows open shadow roots) and returns the serious and critical violations.
 * axe is added by the test; nothing in the build carries it.
 */
export async function seriousViolations(page: PageHandle, context = 'document'): Promise<Violation[]> {
  await page.evaluate(`(() => { if (!window.axe) {\n${AXE_SOURCE}\n} return true; })()`);
  return page.evaluate<Violation[]>(`axe.run(${context}, { resultTypes: ['violations'] }).then((result) =>
    result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) })))`);
}

/** How much wider than the viewport the page's content is (0: no horizontal scrolling). */
export const overflowX = (page: PageHandle) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/**
 * Everything tapped that is smaller than 44 CSS px in either direction, as
 * `tag name/text: width×height`: buttons, fields, downloads, disclosure
 * summaries, and the label rows of checkboxes and radios (their label is the
 * target). Links inside running text are exempt (WCAG 2.5.8), so only links
 * standing alone in a list item or a paragraph are counted.
 */
export const smallTargets = (page: PageHandle) =>
  page.evaluate<string[]>(`(() => {
    const targets = [...document.querySelectorAll('button, select, input:not([type="checkbox"], [type="radio"], [type="hidden"]), a[download], summary, label:has(> input[type="checkbox"], > input[type="radio"])')];
    for (const a of document.querySelectorAll('li > a:only-child, p > a:only-child')) if (a.parentElement.textContent.trim() === a.textContent.trim()) targets.push(a.parentElement);
    return targets
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.height < 44 - 0.5 || r.width < 44 - 0.5)
      .map(([el, r]) => el.localName + '/' + (el.name || el.textContent.trim().slice(0, 30)) + ': ' + Math.round(r.width) + '×' + Math.round(r.height));
  })()`);

/** Whether a main-world element's computed background is dark (relative luminance under 0.2), read from `rgb(…)`. */
export const hasDarkBackground = (page: PageHandle, element: string) =>
  page.evaluate<boolean>(`(() => {
    const [r, g, b] = getComputedStyle(${element}).backgroundColor.match(/[\\d.]+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 * 255;
  })()`);

/** The WCAG contrast ratio of an element's computed text colour on its computed background (both opaque). */
export const textContrast = (page: PageHandle, element: string) =>
  page.evaluate<number>(`(() => {
    const style = getComputedStyle(${element});
    const lum = (colour) => {
      const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(style.color), lum(style.backgroundColor)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  })()`);
