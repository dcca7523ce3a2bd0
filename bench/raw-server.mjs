// The floor every HTTP server is compared with: node:http answering a small JSON body, doing
// nothing else. Prints its URL on the first stdout line.
import { createServer } from 'node:http';

const body = JSON.stringify({ id: '8a5d6e0c-1f2b-4c3d-9e8f-7a6b5c4d3e2f', status: 'ACTIVE' });
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
