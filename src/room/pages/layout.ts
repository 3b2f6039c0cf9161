import type { ScimHttpResponse } from "../../server/index.js";

/** Only the room's own scripts, styles and stream: no inline script, no CDN, no framing. */
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** What a page puts in the shared layout. */
export interface PageParts {
  readonly title: string;
  /** Shown at the right of the top bar, e.g. "Signed in as Pam". Escaped. */
  readonly who?: string;
  /** Already-escaped HTML of `<main>`. */
  readonly main: string;
  /** Attributes of `<main>` (already escaped), e.g. `id="live" data-json="…"`. */
  readonly mainAttributes?: string;
  /** A script under `/room/assets/`. */
  readonly script?: string;
  readonly bodyClass?: string;
  /** Links in the top bar (already-escaped HTML). */
  readonly nav?: string;
  /** Whether the page is live (shows the stream's status). */
  readonly live?: boolean;
  /** Whether the page has buttons whose outcome is announced (a status line the live re-render keeps). */
  readonly actions?: boolean;
}

/** Escape text for HTML. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A whole page: the same top bar, stylesheet and security headers for both pages and the sign-in form. */
export function htmlPage(parts: PageParts, status = 200): ScimHttpResponse {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<link rel="stylesheet" href="/room/assets/room.css">
${parts.script === undefined ? "" : `<script src="/room/assets/${parts.script}" defer></script>`}
</head>
<body${parts.bodyClass === undefined ? "" : ` class="${parts.bodyClass}"`}>
<a class="visually-hidden" href="#live">Skip to content</a>
<header class="top"><h1>${escapeHtml(parts.title)}</h1>${parts.live === true ? '<span id="live-status" role="status" aria-live="polite">Connecting…</span>' : ""}${parts.actions === true ? '<span id="action-status" role="status" aria-live="polite"></span>' : ""}${parts.nav === undefined ? "" : `<nav aria-label="Views">${parts.nav}</nav>`}${parts.who === undefined ? "" : `<span class="who">${escapeHtml(parts.who)}</span>`}</header>
<main ${parts.mainAttributes ?? 'id="live"'}>
${parts.main}
</main>
</body></html>
`;
  return {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": contentSecurityPolicy, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" },
    body,
  };
}

/** The sign-in form: the token is sent once, in an Authorization header, for a session cookie. */
export function signInPage(page: "learner" | "instructor", note?: string): ScimHttpResponse {
  const whose = page === "learner" ? "your learner token (SCIM_TOKEN, printed by scimlab join)" : "the instructor token (printed by scimlab room)";
  return htmlPage({
    title: `scimlab room: sign in to the ${page} page`,
    script: "sign-in.js",
    main: `${note === undefined ? "" : `<p>${escapeHtml(note)}</p>`}
<form id="sign-in" class="sign-in" method="post" action="/room/session">
<p>Enter ${whose}. It is sent once; this browser then keeps a session cookie, never the token.</p>
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="off" required>
<button type="submit">Sign in</button>
<p id="sign-in-error" role="alert"></p>
</form>`,
  });
}
