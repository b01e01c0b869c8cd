export type Theme = 'light' | 'dark';
/** How one site shows its theme; null: it shows none, so the system's is followed. */
export type SiteTheme = (doc: Document) => Theme | null;

/**
 * One reader per site, so each content script carries only its own; read
 * once per warning, not per post. What the sites put on <html> (saved pages
 * in shared/live-dom) is named by a selector for each theme.
 */
const onRoot =
  (dark: string, light: string): SiteTheme =>
  ({ documentElement: root }) =>
    root.matches(dark) ? 'dark' : root.matches(light) ? 'light' : null;

/** Facebook, Instagram and Threads: a class on <html>. */
export const metaTheme = /* @__PURE__ */ onRoot('.__fb-dark-mode', '.__fb-light-mode');
/** YouTube: `dark` on <html> in its dark theme, nothing in its light one. */
export const youtubeTheme = /* @__PURE__ */ onRoot('[dark]', '*');
export const tiktokTheme = /* @__PURE__ */ onRoot('[data-theme=dark]', '[data-theme=light]');

/**
 * X says it only in <body>'s background: white, "Dim" rgb(21, 32, 43) or
 * "Lights out" black. A computed colour reads `rgb(r, g, b)`, or
 * `rgba(…, a)` when see-through, which says nothing.
 */
export const xTheme: SiteTheme = ({ body }) => {
  const [r = 0, g = 0, b = 0, a = 1] = getComputedStyle(body).backgroundColor.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  return a < 1 ? null : r + g + b < 384 ? 'dark' : 'light';
};
