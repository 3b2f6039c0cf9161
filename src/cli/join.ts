import { parseArgs } from "node:util";
import { usageError } from "./arguments.js";

const usage = `Usage: scimlab join ROOM_URL CODE [--name NAME]

Join a room started with \`scimlab room\`, and print the settings of your own
directory in it, for the shell:

  eval "$(npx scimlab join http://192.168.1.20:8890 ACD4FGH7KM --name Ada)"

Options:
  --name NAME   the name the instructor sees (default: "Learner NN")`;

/**
 * \`scimlab join\`: \`POST ROOM_URL/room/join\`, then print \`SCIM_BASE_URL=…\`
 * and \`SCIM_TOKEN=…\` (and an \`export\` of both) on stdout, the room and
 * learner on stderr. Resolves to the exit code (0 joined, 1 refused, 2 bad usage).
 */
export async function runJoin(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return usageError("join", (error as Error).message, usage);
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const [roomUrl, code, ...extra] = parsed.positionals;
  if (roomUrl === undefined || code === undefined || extra.length > 0) return usageError("join", "give the room URL and the code", usage);
  let url: URL;
  try {
    url = new URL("/room/join", roomUrl);
  } catch {
    return usageError("join", `"${roomUrl}" is not a URL (e.g. http://192.168.1.20:8890)`, usage);
  }
  let joined: JoinedRoom;
  try {
    joined = await joinRoom({ roomUrl: url.origin, code, name: parsed.values.name });
  } catch (error) {
    console.error(`scimlab join: ${(error as Error).message}`);
    return 1;
  }
  console.log(`SCIM_BASE_URL=${shellWord(joined.baseUrl)}`);
  console.log(`SCIM_TOKEN=${shellWord(joined.token)}`);
  console.log("export SCIM_BASE_URL SCIM_TOKEN");
  console.error(`Joined room ${joined.room} as ${joined.name || "a learner"}.`);
  return 0;
}

/** A learner's settings in a room, as `POST /room/join` gives them. */
export interface JoinedRoom {
  /** The SCIM base URL of the learner's own directory. */
  baseUrl: string;
  /** The learner's bearer token: never print it but as `SCIM_TOKEN=` for the shell. */
  token: string;
  room: string;
  name: string;
}

/**
 * Join a room (`POST ROOM_URL/room/join` with the code and an optional name): the learner's settings, or an
 * Error that says what went wrong (never with the token). Used by `scimlab join` and `npm start -- --join`.
 */
export async function joinRoom(join: { roomUrl: string; code: string; name?: string | undefined }): Promise<JoinedRoom> {
  const url = new URL("/room/join", join.roomUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: join.code, ...(join.name === undefined ? {} : { name: join.name }) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined;
    throw new Error(`Could not reach the room at ${url.origin}: ${cause?.message ?? (error as Error).message}. Check the room URL.`);
  }
  const body = (await response.json().catch(() => ({}))) as { detail?: string; token?: string; baseUrl?: string; name?: string; room?: string };
  if (response.status !== 201 || typeof body.token !== "string" || typeof body.baseUrl !== "string") {
    throw new Error(`The room refused to let you in (${response.status}): ${body.detail ?? "no detail"}`);
  }
  return { baseUrl: body.baseUrl, token: body.token, room: body.room ?? "", name: body.name ?? "" };
}

/** A value safe to `eval` in a POSIX shell: as is when plain, else single-quoted. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
