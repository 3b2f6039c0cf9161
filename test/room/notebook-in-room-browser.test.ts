/// <reference lib="dom" />
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeNotebook } from "../../scripts/execute-notebook.js";
import { jupyterPython, outputsText } from "../notebooks/jupyter.js";
import { testRoom } from "./harness.js";

/** Debian's Chromium: never a downloaded browser. CI installs it (.ci/run). */
const executablePath = "/usr/bin/chromium";
const screenshots = join(process.cwd(), ".scimlab", "screenshots");
const chapter01 = join(process.cwd(), "notebooks", "01-charles-joins.ipynb");

type Room = Awaited<ReturnType<typeof testRoom>>;
let room: Room;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install it with "apt-get install chromium" (.ci/run does).`);
  mkdirSync(screenshots, { recursive: true });
  room = await testRoom();
  browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

/** The instructor's page at 1280×800, signed in with the keyboard only (Tab to the field, type, Enter). */
async function instructorPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${room.url}/room/instructor`);
  // The skip link first (WCAG 2.2 §2.4.1), then the token field.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("token");
  await page.keyboard.type(room.instructor);
  await page.keyboard.press("Enter");
  await page.locator("#live-status", { hasText: "Live" }).waitFor({ timeout: 5000 });
  return page;
}

/**
 * WCAG 2.2 §1.4.3 contrast (minimum): every visible text's colour against the
 * first opaque background behind it, as the browser computed them; the pairs
 * under 4.5:1 (3:1 for large text, 18.66 px bold or 24 px).
 */
function lowContrast(page: Page) {
  return page.evaluate(() => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const rgba = channels(getComputedStyle(at).backgroundColor);
        if (rgba.length === 3 || rgba[3]! > 0.9) return rgba;
      }
      return [255, 255, 255];
    };
    const failures: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || node.textContent!.trim() === "" || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
      const [fg, bg] = [luminance(channels(style.color)), luminance(background(element))];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${ratio.toFixed(2)}:1 "${node.textContent!.trim().slice(0, 30)}"`);
    }
    return failures;
  });
}

/** Heading levels in document order: one h1, and no level skipped on the way down. */
async function headingOutline(page: Page): Promise<number[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => Number(h.tagName[1])));
}

describe("a learner's notebook in the room, seen on the instructor's page in Chromium", () => {
  it("chapter 01 run headless in a learner's tenant shows as 'Charles created' and as exercise outcomes, live", async () => {
    const learner = await room.join("Andy Bernard");
    const page = await instructorPage();
    const row = page.locator("table.grid").getByRole("row", { name: /Andy Bernard/ });
    await row.waitFor();
    expect(await row.locator('td.yes[title="Charles created"]').count()).toBe(0);

    const run = await executeNotebook(chapter01, {
      python: jupyterPython(),
      solutions: true,
      env: { SCIM_BASE_URL: learner.baseUrl, SCIM_TOKEN: learner.token },
    });
    expect(run.errors).toEqual([]);
    expect(outputsText(run.notebook)).toContain("Andy Bernard");
    expect(outputsText(run.notebook)).not.toContain(learner.token);

    // Pushed by the room's event stream: the page is not reloaded.
    await row.locator('td.yes[title="Charles created"]').waitFor({ timeout: 5000 });
    const activity = page.locator("table.activity").getByRole("row", { name: /Andy Bernard/ });
    await activity.getByText(/chapter01\.q1\s+correct/).waitFor({ timeout: 5000 });
    // The page folds a burst of events into one re-read a second, so the last checks may arrive a re-read later.
    await expect.poll(() => activity.locator("li.outcome-correct").count(), { timeout: 5000 }).toBe(run.answers.length);
    const content = await page.content();
    expect(content).not.toContain(learner.token);
    expect(content).not.toContain(room.instructor);
    await page.screenshot({ path: join(screenshots, "instructor-after-chapter01.png") });
    await page.context().close();
  }, 300_000);
});

describe("the room's pages are accessible", () => {
  it("headings in order, text contrast at least WCAG AA, and every control reachable with the keyboard", async () => {
    const learner = await room.join("Oscar Martinez");
    await room.createUser(learner.token, "omartinez", { displayName: "Oscar Martinez" });
    const pages = [await instructorPage()];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const learnerPage = await context.newPage();
    await learnerPage.goto(`${room.url}/room/learner`);
    await learnerPage.getByLabel("Token").fill(learner.token);
    await learnerPage.keyboard.press("Enter");
    await learnerPage.locator("#live-status", { hasText: "Live" }).waitFor({ timeout: 5000 });
    pages.push(learnerPage);
    const projector = await pages[0]!.context().newPage();
    await projector.goto(`${room.url}/room/instructor?view=projector`);
    await projector.locator("#live-status", { hasText: "Live" }).waitFor({ timeout: 5000 });
    pages.push(projector);

    for (const page of pages) {
      const outline = await headingOutline(page);
      expect(outline.filter((level) => level === 1), page.url()).toHaveLength(1);
      outline.forEach((level, i) => expect(level - (outline[i - 1] ?? 0), `${page.url()}: heading ${i}`).toBeLessThanOrEqual(1));
      expect(await lowContrast(page), page.url()).toEqual([]);

      const controls = await page.locator("a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex='-1'])").count();
      const reached = new Set<string>();
      for (let i = 0; i < controls + 2; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          const outlined = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
          const box = element.getBoundingClientRect();
          return { key: element.outerHTML.slice(0, 80), visible: outlined && box.width > 1 && box.height > 1 };
        });
        if (focused === undefined) continue;
        expect(focused.visible, `${page.url()}: focus is visible on ${focused.key}`).toBe(true);
        reached.add(focused.key);
      }
      expect(reached.size, `${page.url()}: every control is reached with Tab`).toBe(controls);
    }
    await projector.screenshot({ path: join(screenshots, "projector-accessible.png") });
    await Promise.all(pages.map((page) => page.context().close()));
  }, 60_000);
});
