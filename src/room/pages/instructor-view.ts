import type { InstructorPageData } from "./instructor-data.js";

/**
 * The instructor page's content from its JSON: the grid (learners × story
 * steps, checks, errors, last activity) or, for `"projector"`, the count of
 * learners at each checkpoint in large type. Self-contained, like
 * `learnerView`: the page's script is its source. Its buttons carry
 * `data-action` (and `data-learner`); the page's script sends them to the
 * room's API (reset, move to a checkpoint, close or open the room).
 */
export function instructorView(data: InstructorPageData, mode: string): string {
  const esc = (value: unknown): string => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const time = (iso: string | null): string => (iso === null ? "never" : `<time datetime="${esc(iso)}">${esc(iso.slice(11, 19))}</time>`);
  const total = data.learners.length;
  if (mode === "projector") {
    return `<h2 class="visually-hidden">Learners at each checkpoint</h2><ol class="projector">${data.reached.map((point) => `<li><span class="label">${esc(point.title)}</span>
<progress max="${Math.max(total, 1)}" value="${point.learners}" aria-label="${esc(point.title)}">${point.learners} of ${total}</progress>
<span class="figure">${point.learners}<span class="of"> / ${total}</span></span></li>`).join("\n")}</ol>`;
  }
  const toolbar = `<div class="toolbar" role="group" aria-label="The room"><button type="button" data-action="${data.closed ? "open" : "close"}">${data.closed ? "Open the room to joins" : "Close the room to joins"}</button>
<a href="/room/progress.csv" download>Download progress (CSV)</a>${total === 0 ? "" : '<button type="button" data-action="reset-all" class="danger">Reset every learner</button>'}</div>`;
  if (total === 0) return `${toolbar}<p class="empty">No learner has joined yet. Hand out the room code: <code>npx scimlab join ROOM_URL CODE</code>.</p>`;
  const steps = data.checkpoints.flatMap((point) => point.steps.map((label, index) => ({ point, label, first: index === 0 })));
  const head = `<tr><th scope="col" rowspan="2">Learner</th>${data.checkpoints.map((point) => `<th scope="colgroup" colspan="${point.steps.length}" class="cp">${esc(point.title)}</th>`).join("")}</tr>
<tr>${steps.map((step) => `<th scope="col" class="step${step.first ? " first" : ""}"><span>${esc(step.label)}</span></th>`).join("")}</tr>`;
  const rows = data.learners.map((learner) => {
    const cells = steps.map((step, index) => {
      const holds = learner.progress.steps[index]?.holds === true;
      return `<td class="${holds ? "yes" : "no"}${step.first ? " first" : ""}" title="${esc(step.label)}">${holds ? "✓<span class=\"visually-hidden\"> yes</span>" : "<span class=\"visually-hidden\">no</span>"}</td>`;
    });
    const checks = learner.checks.length === 0
      ? `<span class="empty">none</span>`
      : `<ul class="checks">${learner.checks.map((check) => `<li class="outcome-${esc(check.outcome)}"><code>${esc(check.exercise)}</code> ${esc(check.outcome)} <span class="meta">(${esc(check.attempts)} tr${check.attempts === 1 ? "y" : "ies"}, ${esc(check.hintsAsked)} hint${check.hintsAsked === 1 ? "" : "s"})</span></li>`).join("")}</ul>`;
    const { byClass, lastError } = learner.requests;
    const errors = `<span class="s4">${byClass["4xx"]} 4xx</span> · <span class="s5">${byClass["5xx"]} 5xx</span>${lastError === null ? "" : `<div class="detail">Last: ${esc(lastError.status)} ${esc(lastError.detail)}</div>`}`;
    // The menu starts at the checkpoint the learner's directory has reached, so "Move" without a choice changes nothing.
    const options = data.checkpoints.map((point) => `<option value="${esc(point.id)}"${point.id === learner.progress.reached ? " selected" : ""}>${esc(point.title)}</option>`).join("");
    const actions = `<label class="visually-hidden" for="to-${esc(learner.id)}">Checkpoint for ${esc(learner.name)}</label><select id="to-${esc(learner.id)}">${options}</select>
<button type="button" data-action="move" data-learner="${esc(learner.id)}" aria-label="Move ${esc(learner.name)} to the checkpoint">Move</button>
<button type="button" data-action="reset" data-learner="${esc(learner.id)}" class="danger" aria-label="Reset ${esc(learner.name)}">Reset</button>`;
    return { grid: `<tr><th scope="row">${esc(learner.name)}</th>${cells.join("")}</tr>`, activity: `<tr><th scope="row">${esc(learner.name)}</th><td>${checks}</td><td>${errors}</td><td>${time(learner.lastActivity)}</td><td class="actions">${actions}</td></tr>` };
  });
  return `${toolbar}<section aria-labelledby="grid-h"><h2 id="grid-h">Story checkpoints</h2>
<div class="grid-wrap" tabindex="0" role="region" aria-label="Progress grid"><table class="grid"><caption>${total} learner${total === 1 ? "" : "s"} × story steps (✓: their directory shows it)</caption><thead>${head}</thead><tbody>${rows.map((row) => row.grid).join("\n")}</tbody></table></div></section>
<section aria-labelledby="activity-h"><h2 id="activity-h">Exercises, errors and activity</h2>
<table class="activity"><thead><tr><th scope="col">Learner</th><th scope="col">Exercise outcomes</th><th scope="col">Errors (4xx · 5xx)</th><th scope="col">Last activity</th><th scope="col">Directory</th></tr></thead><tbody>${rows.map((row) => row.activity).join("\n")}</tbody></table></section>`;
}
