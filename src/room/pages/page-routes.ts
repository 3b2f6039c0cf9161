import { ForbiddenError, NotFoundError } from "../../scim/errors.js";
import { jsonResponse, type ScimHttpRequest, type ScimHttpResponse } from "../../server/index.js";
import type { Caller } from "../room-auth.js";
import type { Room } from "../room.js";
import { instructorPageData } from "./instructor-data.js";
import { instructorView } from "./instructor-view.js";
import { htmlPage, signInPage } from "./layout.js";
import { learnerPageData } from "./learner-data.js";
import { learnerView } from "./learner-view.js";
import { assets } from "./page-scripts.js";
import { roomCss } from "./room-css.js";

const json = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/** `GET /room/assets/{name}`: the pages' stylesheet and scripts (no credentials needed: they hold no data). */
export function asset(name: string): ScimHttpResponse {
  const found = name === "room.css" ? { type: "text/css; charset=utf-8", text: roomCss } : assets[name];
  if (found === undefined) throw new NotFoundError(`/room/assets/${name} is not an asset of the room's pages.`);
  return { status: 200, headers: { "content-type": found.type, "cache-control": "no-cache", "x-content-type-options": "nosniff" }, body: found.text };
}

/**
 * `GET /room/learner` and `/room/instructor` (HTML), and their `.json`
 * twins: the same data. The HTML page asks to sign in when there is no
 * session; the JSON answers 401 (a learner asking for the instructor's data
 * gets 403).
 */
export async function page(room: Room, request: ScimHttpRequest, name: string): Promise<ScimHttpResponse> {
  const asJson = name.endsWith(".json");
  const which = (asJson ? name.slice(0, -".json".length) : name) as "learner" | "instructor";
  let caller: Caller;
  try {
    caller = room.sessions.resolve(request, room.registry, room.instructorToken);
  } catch (error) {
    if (asJson) throw error;
    return signInPage(which);
  }
  if (which === "learner") {
    if (caller.kind !== "learner") {
      if (asJson) throw new ForbiddenError("/room/learner.json is a learner's page: the instructor has no directory of its own.");
      return signInPage("learner", "You are signed in as the instructor: the instructor's page is at /room/instructor. Sign in with a learner token to see a learner's page.");
    }
    const data = await learnerPageData(room, caller.learner);
    if (asJson) return jsonResponse(200, data, { ...json });
    return htmlPage({
      title: `${data.room}: ${data.learner.name}'s directory`,
      who: `Signed in as ${data.learner.name}`,
      live: true,
      script: "learner.js",
      mainAttributes: 'id="live" class="learner" data-json="/room/learner.json"',
      main: learnerView(data),
    });
  }
  if (caller.kind !== "instructor") {
    if (asJson) throw new ForbiddenError("/room/instructor.json is for the instructor: a learner's token cannot use it.");
    return signInPage("instructor", "This page is for the instructor: a learner's session cannot open it.");
  }
  const data = await instructorPageData(room);
  if (asJson) return jsonResponse(200, data, { ...json });
  const projector = new URL(request.url, "http://room").searchParams.get("view") === "projector";
  const mode = projector ? "projector" : "grid";
  const other = projector ? '<a href="/room/instructor">Grid view</a>' : '<a href="/room/instructor?view=projector">Projector view</a>';
  return htmlPage({
    title: `${data.room}: ${projector ? "where the room stands" : "instructor"}`,
    who: `${data.learners.length} learner${data.learners.length === 1 ? "" : "s"}${data.closed ? " · closed to joins" : ""}`,
    live: true,
    actions: !projector,
    script: "instructor.js",
    ...(projector ? { bodyClass: "projector" } : {}),
    // With 100 learners writing, events come faster than anyone reads: one re-read a second at most.
    mainAttributes: `id="live" data-json="/room/instructor.json" data-mode="${mode}" data-min-gap="1000"`,
    nav: other,
    main: instructorView(data, mode),
  });
}
