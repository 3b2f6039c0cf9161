// The room for the bench, in a child process: the compiled kit's startRoom on 127.0.0.1 in the folder given, with the
// join rate limit raised through the room's own options (every simulated learner joins from one address). When ready it
// prints one JSON line: the room URL, its code and the instructor token.
import { startRoom } from "../dist/room/index.js";

const [folder, attempts = "1000"] = process.argv.slice(2);
const running = await startRoom({ folder, port: 0, join: { attempts: Number(attempts) } });
console.log(JSON.stringify({ url: running.url, code: running.room.registry.code, instructorToken: running.room.instructorToken }));
process.on("SIGTERM", () => void running.close().then(() => process.exit(0)));
