import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { startRoom, type RunningRoom, type StartRoomOptions } from "../../src/room/index.js";

/** A parsed answer of the room over HTTP. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export const userSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
export const groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

/** A room on 127.0.0.1 in a temporary folder, with `call` and `join` helpers; `stop()` removes it all. */
export async function testRoom(options: Partial<StartRoomOptions> = {}) {
  const folder = options.folder ?? mkdtempSync(joinPath(tmpdir(), "scimlab-room-"));
  const running: RunningRoom = await startRoom({ folder, port: 0, join: { attempts: 1000 }, ...options });
  const { room } = running;
  async function call(token: string | undefined, method: string, path: string, body?: unknown): Promise<Answer> {
    const text = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(text === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(text === undefined ? {} : { body: text }),
    });
    const answer = await response.text();
    let json: unknown;
    try {
      json = answer === "" ? undefined : JSON.parse(answer);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text: answer, json };
  }
  async function join(name?: string): Promise<{ learnerId: string; token: string; baseUrl: string; name: string }> {
    const answer = await call(undefined, "POST", "/room/join", { code: room.registry.code, ...(name === undefined ? {} : { name }) });
    if (answer.status !== 201) throw new Error(`join: ${answer.status} ${answer.text}`);
    return answer.json;
  }
  async function createUser(token: string, userName: string, extra: Record<string, unknown> = {}): Promise<{ id: string }> {
    const answer = await call(token, "POST", "/scim/v2/Users", { schemas: [userSchema], userName, ...extra });
    if (answer.status !== 201) throw new Error(`createUser: ${answer.status} ${answer.text}`);
    return answer.json;
  }
  return {
    folder,
    url: running.url,
    room,
    call,
    join,
    createUser,
    instructor: room.instructorToken,
    async stop(keep = false) {
      await running.close();
      if (!keep) rmSync(folder, { recursive: true, force: true });
    },
  };
}
