// `npm run bench`: every figure is measured in this run, side by side, on this machine. Ratios matter more than
// absolute numbers on a shared, noisy machine.
//   npm run bench                     server (10,000 and 100,000 users) and course
//   npm run bench -- --only server    --sizes 10000   --only course
import { parseArgs } from "node:util";
import { benchCourse } from "./course.bench.js";
import { benchServer, type ServerRow } from "./server.bench.js";

const { values } = parseArgs({
  options: { only: { type: "string" }, sizes: { type: "string", default: "10000,100000" }, python: { type: "string" } },
});

if (values.only !== "course") {
  const rows: ServerRow[] = [];
  for (const size of values.sizes!.split(",").map(Number)) {
    console.error(`[bench] loading ${size} users and measuring…`);
    rows.push(...(await benchServer(size)));
  }
  console.log("\nEmbedded server against a bare node:http server (fixed JSON body), same machine, same run");
  console.table(rows);
}
if (values.only !== "server") {
  console.error("[bench] timing the course…");
  console.log("\nCourse");
  console.table(await benchCourse(values.python ?? process.env.SCIMLAB_PYTHON ?? "python3"));
}
