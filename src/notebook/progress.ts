import type { SeedProgress } from "../setup/index.js";
import { escapeHtml } from "./escape-html.js";
import { liveDisplay, type LiveDisplay } from "./kernel-output.js";

/** How far the phase is, as a whole percentage from 0 to 100 (100 when it has nothing to do). */
function percentOf(progress: SeedProgress): number {
  return progress.total === 0 ? 100 : Math.min(100, Math.round((progress.done / progress.total) * 100));
}

/** A progress bar as HTML: the phase, a filled bar, done/total. */
export function renderProgress(progress: SeedProgress): string {
  const percent = percentOf(progress);
  return (
    `<div style="font-family:sans-serif;font-size:12px">${escapeHtml(progress.phase)} ` +
    `<span style="display:inline-block;width:240px;height:10px;border:1px solid #57606a;vertical-align:middle">` +
    `<span style="display:block;width:${percent}%;height:100%;background:#0969da"></span></span> ` +
    `${progress.done}/${progress.total} (${percent}%)</div>`
  );
}

/** The progress bar as text, e.g. `users  [#####.....] 500/1000 (50%)`. */
export function renderProgressText(progress: SeedProgress): string {
  const percent = percentOf(progress);
  const filled = Math.round(percent / 5);
  return `${progress.phase.padEnd(6)} [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${progress.done}/${progress.total} (${percent}%)`;
}

/**
 * An `onProgress` callback for `seedDirectory` that draws one progress bar
 * per phase in the notebook, updated in place (at most every 100 ms, and
 * always at the end of a phase).
 * @example
 * await seedDirectory(client, { users: 1000, groups: 20, seed: 42, onProgress: progressBar() });
 */
export function progressBar(): (progress: SeedProgress) => void {
  const displays = new Map<string, LiveDisplay>();
  let last = 0;
  return (progress) => {
    const now = Date.now();
    const finished = progress.done >= progress.total;
    if (displays.has(progress.phase) && !finished && now - last < 100) return;
    last = now;
    let display = displays.get(progress.phase);
    if (!display) {
      display = liveDisplay();
      displays.set(progress.phase, display);
    }
    display.update({ "text/html": renderProgress(progress), "text/plain": renderProgressText(progress) });
  };
}
