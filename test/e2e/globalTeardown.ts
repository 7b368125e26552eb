import type { ServerHandle } from "./env";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __e2eServer?: ServerHandle }).__e2eServer?.close();
}
