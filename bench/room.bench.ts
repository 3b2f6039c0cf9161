import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Exchange } from "../src/index.js";
import { failed, issueSeats, joinRoom, learnerClient, runChapters, thinkTime, type Pause, type Seat } from "./learner.js";
import { percentile } from "./load.js";
import { startEmbedded, startRoomChild } from "./processes.js";

const TOKEN = "bench-token-not-a-secret";

/** One line of the room report: a measure for the room, for the single server, and their ratio. */
export interface RoomRow {
  measure: string;
  room: string;
  single: string;
  "room/single": string;
}

/** What one run of learners gave: every SCIM exchange, the learners that failed, and the wall time. */
interface Run {
  exchanges: Exchange[];
  crashed: unknown[];
  wallMs: number;
}

/** Between two cells, a learner at a workshop reads for a while: here 0.5–1.5 s (faster than people read). */
const humanPace = thinkTime(500, 1500);

/** At a human pace, learners start within 10 s of "go" (the instructor's word), not in the same millisecond. */
const startWithin = thinkTime(0, 10_000);

/**
 * `learners` simulated learners in ONE room (a child process, data in a temp
 * folder): most join with the code (`POST /room/join`), a fifth use
 * pre-issued tokens; then all run chapters 01–03 at once, back to back (the
 * burst). Then as many new learners run them at a human pace (starting within
 * 10 s of each other, a pause between cells). Side by side, in the same run, one learner does the same calls on
 * `scimlab serve`, in each way.
 */
export async function benchRoom(learners = 100): Promise<RoomRow[]> {
  const folder = mkdtempSync(join(tmpdir(), "scimlab-bench-room-"));
  const single = await startEmbedded(join(folder, "single.db"), TOKEN);
  const room = await startRoomChild(join(folder, "room"), learners + 10);
  try {
    const alone = await runLearners([{ baseUrl: single.url, token: TOKEN }]);
    const aloneAtPace = await runLearners([{ baseUrl: single.url, token: TOKEN }], humanPace, startWithin);
    const preIssued = Math.floor(learners / 5);
    const joinStarted = performance.now();
    const joined = await Promise.allSettled(
      Array.from({ length: learners - preIssued }, (_, i) => joinRoom(room.url, room.code, `Bench learner ${i + 1}`)),
    );
    const joinMs = performance.now() - joinStarted;
    const seats = joined.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    seats.push(...(await issueSeats(room.url, room.instructorToken, preIssued)));
    const [roomCpu, benchCpu] = [room.cpuMs(), process.cpuUsage()];
    const crowd = await runLearners(seats);
    const cpu = { room: (room.cpuMs() ?? Number.NaN) - (roomCpu ?? Number.NaN), bench: cpuMsSince(benchCpu) };
    const joinErrors = learners - preIssued - (seats.length - preIssued);
    const crowdAtPace = await runLearners(await issueSeats(room.url, room.instructorToken, learners), humanPace, startWithin);
    return [
      row("learners at once", `${learners} (${learners - preIssued} joined, ${preIssued} pre-issued)`, "1"),
      row("joins: errors, time for all", `${joinErrors}, ${joinMs.toFixed(0)} ms`, "–"),
      ...compare(crowd, alone, "burst"),
      ...compare(crowdAtPace, aloneAtPace, "human pace"),
      row("load average (1 min) at the end, this machine's cores", `${loadavg()[0]!.toFixed(1)}, ${availableParallelism()} cores`, "–"),
      row("CPU: room server, simulated learners", `${(cpu.room / 1000).toFixed(1)} s, ${(cpu.bench / 1000).toFixed(1)} s`, "–"),
    ];
  } finally {
    await Promise.all([single.stop(), room.stop()]);
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * All seats run chapters 01–03, each with its own client, after a `start` delay and pausing between cells
 * (none: all at once, back to back); every exchange is kept.
 */
async function runLearners(seats: Seat[], pause?: Pause, start?: Pause): Promise<Run> {
  const clients = seats.map(learnerClient);
  const started = performance.now();
  const results = await Promise.allSettled(clients.map(async (client) => {
    await start?.();
    await runChapters(client, pause);
  }));
  const wallMs = performance.now() - started;
  const exchanges = clients.flatMap((client) => client.exchanges);
  await Promise.all(clients.map((client) => client.close()));
  return { exchanges, crashed: results.flatMap((r) => (r.status === "rejected" ? [r.reason] : [])), wallMs };
}

function compare(room: Run, single: Run, how: string): RoomRow[] {
  const rps = (run: Run) => run.exchanges.length / (run.wallMs / 1000);
  const ms = (run: Run, p: number) => percentile(run.exchanges.map((e) => e.durationMs), p);
  const errors = (run: Run) => `${failed(run.exchanges).length} (${run.crashed.length} learners stopped)`;
  for (const reason of room.crashed.slice(0, 3)) console.error(`[bench] a room learner stopped: ${String(reason)}`);
  return [
    row(`${how}: SCIM requests`, String(room.exchanges.length), String(single.exchanges.length), room.exchanges.length / single.exchanges.length),
    row(`${how}: errors (4xx/5xx/none)`, errors(room), errors(single)),
    ...[50, 95, 99].map((p) => row(`${how}: p${p} latency per request`, `${ms(room, p).toFixed(1)} ms`, `${ms(single, p).toFixed(1)} ms`, ms(room, p) / ms(single, p))),
    row(`${how}: requests per second`, rps(room).toFixed(0), rps(single).toFixed(0), rps(room) / rps(single)),
    row(`${how}: wall time, chapters 01–03`, `${(room.wallMs / 1000).toFixed(2)} s`, `${(single.wallMs / 1000).toFixed(2)} s`, room.wallMs / single.wallMs),
  ];
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function row(measure: string, room: string, single: string, ratio?: number): RoomRow {
  return { measure, room, single, "room/single": ratio === undefined ? "–" : `${ratio.toFixed(2)}×` };
}
