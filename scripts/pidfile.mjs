/** Where `npm start` records the dev server's process id for `npm stop`. */
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// One file per checkout, so two clones on one machine do not stop each other's server.
const tag = createHash("sha1").update(root).digest("hex").slice(0, 8);
export const PID_FILE = join(tmpdir(), `sales-sprint-planner-${tag}`, "dev-server.pid");
