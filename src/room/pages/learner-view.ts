import type { LearnerPageData } from "./learner-data.js";

/**
 * The learner page's content from its JSON. Self-contained (no imports, no
 * outer names): the server renders with it, and the page's script is its
 * own source, so the first paint and each live update are the same template.
 */
export function learnerView(data: LearnerPageData): string {
  const esc = (value: unknown): string => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const time = (iso: string): string => esc(iso.slice(11, 19));
  const statusClass = (status: number): string => (status >= 500 ? "s5" : status >= 400 ? "s4" : "s2");
  const pretty = (text: string): string => {
    try {
      return esc(JSON.stringify(JSON.parse(text), null, 2));
    } catch {
      return esc(text);
    }
  };
  const users = data.users.length === 0
    ? `<p class="empty">No users yet. Create one from your notebook (POST /scim/v2/Users).</p>`
    : `<table><caption>${data.users.length} user${data.users.length === 1 ? "" : "s"}</caption>
<thead><tr><th scope="col">userName</th><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Active</th></tr></thead>
<tbody>${data.users.map((user) => `<tr${user.active ? "" : ' class="inactive"'}><th scope="row">${esc(user.userName)}</th><td>${esc(user.displayName)}</td><td>${esc(user.email)}</td><td>${user.active ? "yes" : "<strong>no</strong>"}</td></tr>`).join("\n")}</tbody></table>`;
  const groups = data.groups.length === 0
    ? `<p class="empty">No groups yet.</p>`
    : `<ul class="groups">${data.groups.map((group) => `<li><h3>${esc(group.displayName)} <span class="count">${group.members.length} member${group.members.length === 1 ? "" : "s"}</span></h3>
${group.members.length === 0 ? "<p class=\"empty\">No members.</p>" : `<ul class="members">${group.members.map((member) => `<li>${esc(member.userName)}</li>`).join("")}</ul>`}</li>`).join("\n")}</ul>`;
  const requests = data.requests.length === 0
    ? `<p class="empty">No requests yet: run a cell of your notebook.</p>`
    : `<ol class="requests">${data.requests.map((request) => `<li><details><summary><span class="time">${time(request.at)}</span> <code>${esc(request.method)} ${esc(request.path)}</code> <span class="status ${statusClass(request.status)}">${esc(request.status)}</span> <span class="ms">${esc(request.durationMs)} ms</span></summary>
${request.requestBody === "" ? "" : `<h3 class="body-heading">Request body</h3><pre>${pretty(request.requestBody)}</pre>`}${request.responseBody === "" ? "<p>No response body.</p>" : `<h3 class="body-heading">Response body</h3><pre>${pretty(request.responseBody)}</pre>`}</details></li>`).join("\n")}</ol>`;
  return `<section aria-labelledby="users-h"><h2 id="users-h">Users</h2>${users}</section>
<section aria-labelledby="groups-h"><h2 id="groups-h">Groups and members</h2>${groups}</section>
<section aria-labelledby="requests-h" class="wide"><h2 id="requests-h">Your recent requests</h2><p class="note">Newest first. Tokens and passwords are redacted. Select a request to see its bodies.</p>${requests}</section>`;
}
