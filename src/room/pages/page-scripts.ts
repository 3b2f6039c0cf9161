import { instructorView } from "./instructor-view.js";
import { learnerView } from "./learner-view.js";

/**
 * The pages' scripts, served from `/room/assets/`. The live part: one
 * `EventSource` on `/room/events` (the session cookie goes with it); on each
 * event, and on each (re)connection, re-read the page's JSON and render it
 * with the very template the server used. No polling. Events that come
 * while a re-read is under way, or sooner than `data-min-gap` ms after the
 * last one, are folded into one re-read.
 */
const live = `
(function () {
  var main = document.getElementById("live");
  var status = document.getElementById("live-status");
  var url = main.getAttribute("data-json");
  var mode = main.getAttribute("data-mode") || "";
  var gap = Number(main.getAttribute("data-min-gap") || 0);
  var busy = false, again = false, last = 0;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var wait = Math.max(0, last + gap - Date.now());
    setTimeout(read, wait);
  }
  function read() {
    last = Date.now();
    fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } })
      .then(function (response) {
        if (response.status === 401) { location.reload(); return; }
        return response.json().then(function (data) { main.innerHTML = view(data, mode); main.setAttribute("data-updated", new Date().toISOString()); });
      })
      .catch(function () {})
      .then(function () { busy = false; if (again) { again = false; refresh(); } });
  }
  var paths = { close: "/room/close", open: "/room/open", "reset-all": "/room/learners/reset" };
  main.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-action]") : null;
    if (!button) return;
    var action = button.getAttribute("data-action"), learner = button.getAttribute("data-learner");
    var path = learner ? "/room/learners/" + learner + "/" + (action === "move" ? "checkpoint" : "reset") : paths[action];
    var body = action === "move" ? { checkpoint: document.getElementById("to-" + learner).value } : {};
    if ((action === "reset" || action === "reset-all") && !confirm(button.getAttribute("aria-label") || button.textContent)) return;
    var said = document.getElementById("action-status");
    button.disabled = true;
    fetch(path, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (said) said.textContent = response.ok ? "Done: " + (button.getAttribute("aria-label") || button.textContent) : (answer.detail || "Refused (" + response.status + ")");
        });
      })
      .catch(function () { if (said) said.textContent = "The room did not answer."; })
      .then(function () { button.disabled = false; refresh(); });
  });
  var source = new EventSource("/room/events");
  source.onopen = function () { status.textContent = "Live"; status.className = ""; refresh(); };
  source.onerror = function () { status.textContent = "Reconnecting…"; status.className = "off"; };
  ["write", "refused", "reset", "check", "joined"].forEach(function (type) { source.addEventListener(type, refresh); });
})();
`;

const signIn = `
(function () {
  var form = document.getElementById("sign-in");
  var error = document.getElementById("sign-in-error");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var token = form.elements.token.value.trim();
    fetch("/room/session", { method: "POST", credentials: "same-origin", headers: { authorization: "Bearer " + token } })
      .then(function (response) {
        if (response.ok) { form.elements.token.value = ""; location.reload(); return; }
        return response.json().then(function (body) { error.textContent = body.detail || "That token was refused."; });
      })
      .catch(function () { error.textContent = "The room did not answer. Check your network and try again."; });
  });
})();
`;

/** Each asset's content type and text. */
export const assets: Readonly<Record<string, { type: string; text: string }>> = {
  "learner.js": { type: "text/javascript; charset=utf-8", text: `"use strict";\nvar view = ${learnerView.toString()};\n${live}` },
  "instructor.js": { type: "text/javascript; charset=utf-8", text: `"use strict";\nvar view = ${instructorView.toString()};\n${live}` },
  "sign-in.js": { type: "text/javascript; charset=utf-8", text: `"use strict";\n${signIn}` },
};
