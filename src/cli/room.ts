import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectFiles } from "../project/project-folder.js";
import { RoomRegistry, startRoom } from "../room/index.js";
import { usageError, wholeNumber } from "./arguments.js";
import { untilStopped } from "./until-stopped.js";

const usage = `Usage: scimlab room [--host 127.0.0.1] [--port 8890] [--data PATH] [--name NAME]
       scimlab room tokens --count N [--data PATH]

Start one SCIM server for a whole room: each learner who joins with the room
code gets a directory of their own at /scim/v2. Stops on Ctrl+C; a restart on
the same --data keeps the code, the instructor token and every learner.

  tokens          issue N learners for a printed sheet (name and token per line)

Options:
  --host HOST     interface to listen on; 0.0.0.0 for the classroom network (default 127.0.0.1)
  --port PORT     port; 0 picks a free one                   (default 8890)
  --data PATH     the room's folder                          (default .scimlab/room)
  --name NAME     the room's name, for a new room            (default "scimlab room")
  --join-attempts N  joins allowed per address per minute; raise it when the
                  whole class reaches the room through one NAT address (default 10)
  --count N       learners to issue (tokens)`;

/**
 * \`scimlab room\`: run {@link startRoom} until SIGINT/SIGTERM, printing the
 * room URL, code, instructor token and pages when ready; \`scimlab room
 * tokens\` issues learners into the room's registry (a running room knows
 * them at once). Resolves to the exit code.
 */
export async function runRoom(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        host: { type: "string", default: "127.0.0.1" },
        port: { type: "string", default: "8890" },
        data: { type: "string" },
        name: { type: "string" },
        count: { type: "string" },
        "join-attempts": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError("room", (error as Error).message, usage);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const folder = values.data ?? join(projectFiles().stateDir, "room");
  if (positionals[0] === "tokens") return issueTokens(folder, values.count);
  if (positionals.length > 0) return usageError("room", `unknown subcommand "${positionals[0]}"`, usage);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError("room", `--port must be a whole number from 0 to 65535, got "${values.port}"`, usage);
  const attempts = wholeNumber("join-attempts", values["join-attempts"]);
  if (typeof attempts === "string") return usageError("room", attempts, usage);
  if (attempts === 0) return usageError("room", "--join-attempts must be at least 1 (0 would close the room; close it from the instructor page)", usage);
  let running;
  try {
    running = await startRoom({
      host: values.host,
      port,
      folder,
      ...(values.name === undefined ? {} : { name: values.name }),
      ...(attempts === undefined ? {} : { join: { attempts } }),
      onInternalError: (error, request) => console.error(`scimlab room: unexpected error on ${request.method} ${request.url}:`, error),
    });
  } catch (error) {
    console.error(`scimlab room: could not start: ${(error as Error).message}.`);
    return 1;
  }
  const stopped = untilStopped();
  const { room, url } = running;
  console.log(`Room URL: ${url}`);
  console.log(`Room code: ${room.registry.code}`);
  console.log(`Instructor token: ${room.instructorToken}`);
  console.log(`Learner page: ${url}/room/learner`);
  console.log(`Instructor page: ${url}/room/instructor`);
  console.log(`Learners join with: npx scimlab join ${url} ${room.registry.code} --name "Your Name"   (Ctrl+C stops the room)`);
  await stopped;
  await running.close();
  return 0;
}

function issueTokens(folder: string, countText: string | undefined): number {
  const count = wholeNumber("count", countText);
  if (typeof count === "string") return usageError("room", count, usage);
  if (count === undefined || count < 1 || count > 500) return usageError("room", "tokens needs --count N, from 1 to 500", usage);
  const registry = new RoomRegistry(folder);
  try {
    for (let i = 0; i < count; i++) {
      const learner = registry.issue();
      console.log(`${learner.name}\t${learner.token}`);
    }
  } finally {
    registry.close();
  }
  return 0;
}
