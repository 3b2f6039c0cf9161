import { createRequire } from "node:module";

/**
 * A Jupyter MIME bundle: one representation per MIME type, richest first in
 * the front end's eyes (`text/html` wins over `text/plain`).
 * @see https://jupyter-client.readthedocs.io/en/stable/messaging.html#display-data
 */
export type MimeBundle = Record<string, string>;

/** Where rich output goes: a live tslab kernel, or `undefined` outside one. */
interface KernelWriter {
  (content: { data: MimeBundle; metadata: object; transient: { display_id?: string } }, update: boolean): void;
}

const require = createRequire(import.meta.url);
const tslabJupyterModule = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * The display writer of the tslab kernel running this code, if any.
 *
 * tslab's own `display` (from `import * as tslab from "tslab"`) writes through
 * `jupyter.lastWriteDisplayData`, which the kernel sets while it executes a
 * cell. We look that module up in the process's module cache instead of
 * importing `tslab`, so that (1) scimlab does not need tslab at run time,
 * (2) the kernel's own copy is used even when the notebook resolves another
 * one, and (3) outside a kernel (vitest, node scripts) we know to fall back
 * to plain text.
 */
function kernelWriter(): KernelWriter | undefined {
  for (const file of Object.keys(require.cache)) {
    if (!tslabJupyterModule.test(file)) continue;
    const writer = (require.cache[file]?.exports as { lastWriteDisplayData?: KernelWriter } | undefined)
      ?.lastWriteDisplayData;
    if (typeof writer === "function") return writer;
  }
  return undefined;
}

/**
 * Display a MIME bundle in the notebook; outside a kernel print its
 * `text/plain` form (or nothing when it has none).
 *
 * Always include `text/plain`: VS Code and the console fall back to it.
 */
export function displayBundle(bundle: MimeBundle): void {
  const write = kernelWriter();
  if (write) write({ data: bundle, metadata: {}, transient: {} }, false);
  else if (bundle["text/plain"] !== undefined) console.log(bundle["text/plain"]);
}

/** A display area that can be overwritten in place, e.g. a progress bar. */
export interface LiveDisplay {
  /** Replace the area's content (the first call creates it). */
  update(bundle: MimeBundle): void;
}

/**
 * A display area updated in place (Jupyter `update_display_data`), like
 * tslab's `newDisplay()`. Outside a kernel each update prints its
 * `text/plain` form only when it changed.
 * @see https://jupyter-client.readthedocs.io/en/stable/messaging.html#update-display-data
 */
export function liveDisplay(): LiveDisplay {
  const displayId = `scimlab-${Math.random().toString(16).slice(2)}`;
  let shown = false;
  let lastText: string | undefined;
  return {
    update(bundle) {
      const write = kernelWriter();
      if (write) {
        write({ data: bundle, metadata: {}, transient: { display_id: displayId } }, shown);
        shown = true;
      } else if (bundle["text/plain"] !== undefined && bundle["text/plain"] !== lastText) {
        lastText = bundle["text/plain"];
        console.log(lastText);
      }
    },
  };
}
