import type { ScimHttpResponse } from "../server/index.js";

/**
 * The learner's and the instructor's pages are not built yet (issue 9, live
 * views): their addresses answer with a plain page that says so, rather than
 * a 404 that looks like a wrong URL, or a fake page.
 */
export function placeholderPage(page: "learner" | "instructor"): ScimHttpResponse {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>scimlab room: ${page} page</title></head>
<body><h1>The ${page} page is not built yet</h1>
<p>This room serves the SCIM API at <code>/scim/v2</code> and its JSON API under <code>/room/</code>; the live ${page} page will be served here.</p>
</body></html>
`;
  return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body };
}
