/**
 * The pages' stylesheet, served at `/room/assets/room.css`: plain CSS, system
 * fonts, colours with at least 4.5:1 contrast on their background (WCAG 2.2
 * 1.4.3), a visible keyboard focus, large type for the projector.
 * @see https://www.w3.org/TR/WCAG22/#contrast-minimum
 */
export const roomCss = `
:root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --ok: #1b5e20; --warn: #8a3b00; --bad: #a00000; --paper: #ffffff; --shade: #f2f4f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header.top { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding: .75rem 1.5rem; background: var(--accent); color: #fff; }
header.top h1 { margin: 0; font-size: 1.35rem; }
header.top a { color: #fff; }
header.top .who { margin-left: auto; }
#live-status { font-weight: 600; padding: .1rem .5rem; border-radius: .25rem; background: #fff; color: var(--accent); }
#live-status.off { color: var(--bad); }
main { padding: 1rem 1.5rem 3rem; }
main.learner { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 2rem; }
main.learner .wide { grid-column: 1 / -1; }
h2 { font-size: 1.2rem; margin: 1rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: .4rem 0; }
h3.body-heading { font-size: .9rem; margin: .5rem 0 .2rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: .2rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--shade); }
tr.inactive { color: var(--muted); text-decoration: line-through; }
tr.inactive td:last-child { text-decoration: none; }
.empty, .note { color: var(--muted); }
.count { font-weight: normal; color: var(--muted); font-size: .9rem; }
ul.groups { list-style: none; padding: 0; margin: 0; }
ul.groups > li { border: 1px solid var(--line); border-radius: .3rem; padding: .3rem .7rem .5rem; margin-bottom: .5rem; }
ul.members { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: 0; }
ul.members li { background: var(--shade); border-radius: 1rem; padding: .05rem .6rem; font-family: ui-monospace, monospace; font-size: .9rem; }
ol.requests { list-style: none; padding: 0; margin: 0; }
ol.requests li { border-bottom: 1px solid var(--line); }
summary { cursor: pointer; padding: .35rem .2rem; }
summary code { font-size: .95rem; }
.time, .ms, .meta { color: var(--muted); font-variant-numeric: tabular-nums; }
.status { font-weight: 700; }
.s2 { color: var(--ok); } .s4 { color: var(--warn); } .s5 { color: var(--bad); }
pre { background: var(--shade); padding: .5rem; overflow: auto; max-height: 20rem; font-size: .85rem; margin: 0 0 .5rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.toolbar { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; margin: .5rem 0 1rem; }
.toolbar button, td.actions button { font: inherit; margin: 0; padding: .2rem .7rem; border: 1px solid #0b4f8a; border-radius: .25rem; background: #fff; color: #0b4f8a; cursor: pointer; }
.toolbar button.danger, td.actions button.danger { border-color: #a4161a; color: #a4161a; }
td.actions { white-space: nowrap; }
td.actions select { font: inherit; max-width: 14rem; }
#action-status { color: #fff; font-weight: 600; }
.visually-hidden:focus { position: static; width: auto; height: auto; overflow: visible; clip: auto; display: inline-block; margin: 0.5rem; }
form.sign-in { max-width: 32rem; }
form.sign-in label { display: block; font-weight: 600; margin: .8rem 0 .3rem; }
form.sign-in input { width: 100%; font: inherit; padding: .4rem; border: 2px solid var(--muted); border-radius: .25rem; }
button { font: inherit; margin-top: .8rem; padding: .4rem 1.2rem; background: var(--accent); color: #fff; border: 0; border-radius: .25rem; cursor: pointer; }
[role=alert] { color: var(--bad); font-weight: 600; }
.grid-wrap { overflow-x: auto; }
table.grid { font-size: .85rem; }
table.activity td, table.activity th { font-size: .9rem; }
body.projector header.top h1 { font-size: 1.2em; }
body.projector #live-status { font-size: .6em; }
table.grid th.cp { text-align: center; border-left: 2px solid var(--ink); }
table.grid th.step { font-weight: 600; font-size: .8rem; vertical-align: bottom; padding: .4rem .15rem; }
table.grid th.step span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 10rem; text-align: left; }
table.grid td { height: 2.2rem; min-width: 2.4rem; }
table.grid .first { border-left: 2px solid var(--ink); }
table.grid td.yes { background: var(--ok); color: #fff; text-align: center; font-weight: 700; }
table.grid td.no { background: var(--shade); }
table.grid tbody th { white-space: nowrap; }
ul.checks { list-style: none; padding: 0; margin: 0; }
.detail { max-width: 40rem; }
.outcome-correct { color: var(--ok); } .outcome-incorrect { color: var(--bad); }
.detail { color: var(--muted); }
body.projector { font-size: 28px; }
ol.projector { list-style: none; padding: 0; margin: 1rem 0; }
ol.projector li { display: grid; grid-template-columns: 14em 1fr 5em; align-items: center; gap: 1rem; margin: .8rem 0; }
ol.projector .label { font-weight: 700; }
ol.projector progress { width: 100%; height: 1.4em; accent-color: var(--ok); }
ol.projector .figure { font-size: 2em; font-weight: 800; text-align: right; font-variant-numeric: tabular-nums; }
ol.projector .of { font-size: .5em; color: var(--muted); }
@media (max-width: 900px) { main.learner { grid-template-columns: 1fr; } }
`;
