// The practical ceiling: a bare node:http server answering every request with one fixed JSON body, as large as a
// typical User. The benchmark compares the embedded server against it on the same machine, in the same run.
import { createServer } from "node:http";

const body = process.argv[2] ?? "{}";
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/scim+json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`bare server listening on http://127.0.0.1:${port}`);
});
