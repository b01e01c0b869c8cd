/** What one scroll of the feed cost the page's main thread, timed from inside the page. */
export interface FrameWork {
  /** Frames the scroll took (one scroll step each). */
  frames: number;
  /** Milliseconds of main-thread work in those frames, summed. */
  work: number;
  /** Frames whose work took over 50 ms: what a user feels as a stall, with no Long Tasks API needed. */
  long: number[];
}

/** Frames over this are counted as stalls, as the Long Tasks API counts tasks. */
export const LONG_FRAME_MS = 50;

/**
 * An expression, evaluated in the page's main world of either browser, that
 * scrolls the replica's scroller (its body: html and body are both
 * overflow-y: scroll, body 100% high) from the top to the end of the
 * timeline, `step` px per frame, while the timeline renders what comes into
 * view; it resolves with the frames' work (FrameWork).
 *
 * Firefox has no tracing to read script time from, so each frame is timed in
 * the page: from its scroll event (a capture listener on window runs before
 * the timeline's listener on the scroller, whose DOM changes the extension's
 * observer then handles in the same task) to a task posted from the frame's
 * animation-frame callback, which runs once the frame's style, layout and
 * paint are done. Work in between frames (timers, idle callbacks, GC) is not
 * in it. The same expression runs in Chromium, so the method can be compared
 * with Chromium's traced script time in one run.
 */
export function scrollToBottomTimed(step: number): string {
  return `new Promise((resolve) => {
    const scroller = document.body;
    const starts = [];
    const long = [];
    let started = null, frames = 0, work = 0, last = false;
    const onScroll = () => { started ??= performance.now(); };
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    const done = new MessageChannel();
    done.port1.onmessage = () => {
      const start = starts.shift();
      if (start !== null) {
        const took = performance.now() - start;
        work += took;
        if (took > ${LONG_FRAME_MS}) long.push(took);
      }
      if (!last || starts.length) return;
      removeEventListener('scroll', onScroll, { capture: true });
      done.port1.close();
      resolve({ frames, work, long });
    };
    const next = () => {
      starts.push(started);
      started = null;
      done.port2.postMessage(null);
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
        last = true;
        return;
      }
      scroller.scrollTop += ${step};
      frames++;
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  })`;
}
