import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpoints } from "../../src/setup/index.js";
import { groupSchema, testRoom } from "./harness.js";

/** Debian's Chromium: never a downloaded browser. CI installs it (.ci/run). */
const executablePath = "/usr/bin/chromium";
const screenshots = join(process.cwd(), ".scimlab", "screenshots");

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: the browser tests drive Debian's Chromium. Install it with "apt-get install chromium" (.ci/run does).`);
  }
  mkdirSync(screenshots, { recursive: true });
  room = await testRoom();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    // launch() gives Chromium a fresh, temporary user data dir of its own (it refuses --user-data-dir).
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

/** A fresh browser context at 1280×800, signed in through the page's own form. */
async function signedIn(path: string, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${room.url}${path}`);
  await page.getByLabel("Token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  await page.locator("#live-status", { hasText: "Live" }).waitFor({ timeout: 5000 });
  return page;
}

describe("the learner's page in Chromium", () => {
  it("shows the directory, and a SCIM call appears within a second, pushed by the stream; no token on the page", async () => {
    const learner = await room.join("Pam Beesly");
    const jim = await room.createUser(learner.token, "jhalpert", { displayName: "Jim Halpert", emails: [{ value: "jim@dundermifflin.com", primary: true }] });
    const page = await signedIn("/room/learner", learner.token);
    await expect(page.getByRole("heading", { level: 2, name: "Users" }).isVisible()).resolves.toBe(true);
    await page.getByRole("rowheader", { name: "jhalpert" }).waitFor();

    const started = Date.now();
    const pam = await room.createUser(learner.token, "pbeesly", { displayName: "Pam Beesly" });
    await page.getByRole("rowheader", { name: "pbeesly" }).waitFor({ timeout: 1000 });
    expect(Date.now() - started).toBeLessThan(1000);
    const group = await room.call(learner.token, "POST", "/scim/v2/Groups", { schemas: [groupSchema], displayName: "Dunder Mifflin", members: [{ value: jim.id }, { value: pam.id }] });
    expect(group.status).toBe(201);
    await page.getByRole("heading", { level: 3, name: /Dunder Mifflin\s+2 members/ }).waitFor({ timeout: 1000 });
    await room.call(learner.token, "GET", "/scim/v2/Users/nobody");
    await room.createUser(learner.token, "dschrute", { displayName: "Dwight Schrute" });
    await page.getByRole("rowheader", { name: "dschrute" }).waitFor({ timeout: 1000 });
    await page.locator("ol.requests summary").first().click();

    // No polling: with nothing happening, the page reads nothing.
    let reads = 0;
    page.on("request", (request) => void (request.url().endsWith("/room/learner.json") && reads++));
    await page.waitForTimeout(1500);
    expect(reads).toBe(0);
    const html = await page.content();
    expect(html).not.toContain(learner.token);
    expect(html).toContain("404");
    await page.screenshot({ path: join(screenshots, "learner.png"), fullPage: false });
    await page.context().close();
  }, 30_000);
});

describe("the instructor's page in Chromium", () => {
  it("shows a learner reaching a checkpoint and an exercise outcome, live; the projector counts them", async () => {
    const michael = await room.join("Michael Scott");
    const page = await signedIn("/room/instructor", room.instructor);
    const grid = page.locator("table.grid");
    const activity = page.locator("table.activity");
    await grid.getByRole("rowheader", { name: "Michael Scott" }).waitFor();
    const row = grid.getByRole("row", { name: /Michael Scott/ });
    const michaelsActivity = activity.getByRole("row", { name: /Michael Scott/ });
    expect(await row.locator("td.yes").count()).toBe(0);

    const moved = await room.call(room.instructor, "POST", `/room/learners/${michael.learnerId}/checkpoint`, { checkpoint: "michael-left" });
    expect(moved.status).toBe(200);
    const report = await room.call(michael.token, "POST", "/room/checks", { exercise: "03-michael-leaves", outcome: "correct", attempts: 2, hintsAsked: 1 });
    expect(report.status).toBe(201);
    await michaelsActivity.getByText("03-michael-leaves correct").waitFor({ timeout: 3000 });
    await expect(row.locator('td.yes[title="Michael deactivated"]').count()).resolves.toBe(1);
    await expect(row.locator('td.no[title="Paper Company has 3 members"]').count()).resolves.toBe(1);
    await room.call(michael.token, "GET", "/scim/v2/Users/nobody");
    await michaelsActivity.getByText(/Last: 404/).waitFor({ timeout: 3000 });
    expect(await page.content()).not.toContain(room.instructor);
    // Every checkpoint's steps at a glance on a 1280-pixel screen: the grid fits, with no sideways scrolling.
    const wrap = page.locator(".grid-wrap");
    expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshots, "instructor.png"), fullPage: false });

    await page.goto(`${room.url}/room/instructor?view=projector`);
    await page.locator("#live-status", { hasText: "Live" }).waitFor({ timeout: 5000 });
    const figures = await page.locator("ol.projector .figure").allInnerTexts();
    // Michael at "michael-left", the third checkpoint: the first three count him, the later ones do not.
    const upTo = checkpoints.findIndex((point) => point.id === "michael-left");
    const total = room.room.registry.learners().length;
    expect(figures.map((figure) => figure.replace(/\s+/g, ""))).toEqual(checkpoints.map((_, i) => `${i <= upTo ? 1 : 0}/${total}`));
    await page.screenshot({ path: join(screenshots, "projector.png"), fullPage: false });
    await page.context().close();
  }, 60_000);

  it("folds a storm of events into at most one re-read a second, and still shows the last refusal", async () => {
    const learners = await Promise.all(["Kevin Malone", "Angela Martin", "Oscar Martinez"].map((name) => room.join(name)));
    const page = await signedIn("/room/instructor", room.instructor);
    let reads = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/room/instructor.json") reads++;
    });
    const started = Date.now();
    for (let i = 0; i < 20; i++) await Promise.all(learners.map((learner, j) => room.call(learner.token, "GET", `/scim/v2/Users/missing-${i}-${j}`)));
    const last = learners[2]!;
    await room.call(last.token, "GET", "/scim/v2/Users/the-very-last");
    const lastErrors = page.locator("table.activity").getByRole("row", { name: /Oscar Martinez/ });
    await lastErrors.getByText(/the-very-last/).waitFor({ timeout: 3000 });
    const seconds = (Date.now() - started) / 1000;
    expect(reads, `${reads} re-reads in ${seconds.toFixed(1)} s for 61 events`).toBeLessThanOrEqual(Math.ceil(seconds) + 2);
    await page.context().close();
  }, 60_000);

  it("moves a learner to a checkpoint, resets them, closes and reopens the room, and downloads the CSV, from its buttons", async () => {
    const creed = await room.join("Creed Bratton");
    const page = await signedIn("/room/instructor", room.instructor);
    const row = page.locator("table.grid").getByRole("row", { name: /Creed Bratton/ });
    await row.waitFor();
    page.on("dialog", (dialog) => void dialog.accept());

    await page.getByLabel("Checkpoint for Creed Bratton").selectOption("charles-joined");
    await page.getByRole("button", { name: "Move Creed Bratton to the checkpoint" }).click();
    await row.locator('td.yes[title="Charles created"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByLabel("Checkpoint for Creed Bratton").inputValue(), { timeout: 5000 }).toBe("charles-joined");
    const users = await room.call(creed.token, "GET", "/scim/v2/Users?filter=userName%20eq%20%22cminer%22");
    expect(users.json.totalResults).toBe(1);

    await page.getByRole("button", { name: "Reset Creed Bratton" }).click();
    await page.locator("#action-status", { hasText: "Done: Reset Creed Bratton" }).waitFor({ timeout: 5000 });
    await expect.poll(() => row.locator("td.yes").count(), { timeout: 5000 }).toBe(0);
    expect((await room.call(creed.token, "GET", "/scim/v2/Users")).json.totalResults).toBe(0);

    const close = page.getByRole("button", { name: "Close the room to joins" });
    await close.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Open the room to joins" }).waitFor({ timeout: 5000 });
    const refused = await room.call(undefined, "POST", "/room/join", { code: room.room.registry.code, name: "Late" });
    expect(refused.status).toBe(403);
    await page.getByRole("button", { name: "Open the room to joins" }).click();
    await page.getByRole("button", { name: "Close the room to joins" }).waitFor({ timeout: 5000 });
    expect(room.room.registry.closed).toBe(false);

    const csv = await page.evaluate(() => fetch("/room/progress.csv", { credentials: "same-origin" }).then((response) => response.text()));
    expect(csv).toContain("Creed Bratton");
    expect(csv).not.toContain(creed.token);
    await page.screenshot({ path: join(screenshots, "instructor-controls.png") });
    await page.context().close();
  }, 60_000);
});

describe("the room's API by page session", () => {
  it("refuses a change sent by cookie as a form (what another site could forge), and takes it as JSON", async () => {
    const learner = await room.join("Toby Flenderson");
    const session = await fetch(`${room.url}/room/session`, { method: "POST", headers: { authorization: `Bearer ${room.instructor}` } });
    const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0]!;
    const form = await fetch(`${room.url}/room/learners/${learner.learnerId}/reset`, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: "" });
    expect(form.status).toBe(403);
    expect(((await form.json()) as { detail: string }).detail).toContain("application/json");
    const asJson = await fetch(`${room.url}/room/learners/${learner.learnerId}/reset`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: "{}" });
    expect(asJson.status).toBe(200);
    const asLearner = await fetch(`${room.url}/room/session`, { method: "POST", headers: { authorization: `Bearer ${learner.token}` } });
    const learnerCookie = (asLearner.headers.get("set-cookie") ?? "").split(";")[0]!;
    const forbidden = await fetch(`${room.url}/room/learners/${learner.learnerId}/reset`, { method: "POST", headers: { cookie: learnerCookie, "content-type": "application/json" }, body: "{}" });
    expect(forbidden.status).toBe(403);
  });
});
