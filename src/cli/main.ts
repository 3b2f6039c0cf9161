import { runJoin } from "./join.js";
import { runRoom } from "./room.js";
import { runSeed } from "./seed.js";
import { runServe } from "./serve.js";
import { runTest } from "./test.js";

/** A subcommand: takes its own arguments, resolves to the process exit code. */
type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: runServe,
  seed: runSeed,
  room: runRoom,
  join: runJoin,
  test: runTest,
};

const usage = `Usage: scimlab <command> [options]

Commands:
  serve   start the embedded SCIM 2.0 server   (scimlab serve --help)
  seed    fill a SCIM server with a generated directory   (scimlab seed --help)
  room    one server for a workshop room, a directory per learner   (scimlab room --help)
  join    join a room; prints SCIM_BASE_URL and SCIM_TOKEN   (scimlab join --help)
  test    check any SCIM server against RFC 7643/7644   (scimlab test --help)`;

/** Dispatch `scimlab <command> ...` to its implementation. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    console.error(name === undefined || name === "--help" ? usage : `scimlab: unknown command "${name}"\n\n${usage}`);
    return name === "--help" ? 0 : 2;
  }
  return command(rest);
}
