// `npm run bench`: every figure is measured in this run, side by side, on this machine. Ratios matter more than
// absolute numbers on a shared, noisy machine.
//   npm run bench                     server (10,000 and 100,000 users), course, room (100 learners)
//   npm run bench -- --only server    --sizes 10000   --only course   --only room --learners 100   --only server,room
import { parseArgs } from "node:util";
import { benchCourse } from "./course.bench.js";
import { benchRoom } from "./room.bench.js";
import { benchServer, type ServerRow } from "./server.bench.js";

const parts = ["server", "course", "room"];
const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string", default: "10000,100000" },
    learners: { type: "string", default: "100" },
    python: { type: "string" },
  },
});
const only = values.only?.split(",") ?? parts;
const unknown = only.filter((part) => !parts.includes(part));
if (unknown.length > 0) throw new Error(`--only takes ${parts.join(", ")} (comma-separated), not ${unknown.join(", ")}.`);

if (only.includes("server")) {
  const rows: ServerRow[] = [];
  for (const size of values.sizes!.split(",").map(Number)) {
    console.error(`[bench] loading ${size} users and measuring…`);
    rows.push(...(await benchServer(size)));
  }
  console.log("\nEmbedded server against a bare node:http server (fixed JSON body), same machine, same run");
  console.table(rows);
}
if (only.includes("course")) {
  console.error("[bench] timing the course…");
  console.log("\nCourse");
  console.table(await benchCourse(values.python ?? process.env.SCIMLAB_PYTHON ?? "python3"));
}
if (only.includes("room")) {
  const learners = Number(values.learners);
  console.error(`[bench] ${learners} learners in one room, then one learner on scimlab serve…`);
  console.log(`\nRoom: ${learners} learners doing chapters 01–03 at once on one room server, against one learner on scimlab serve`);
  console.table(await benchRoom(learners));
}
