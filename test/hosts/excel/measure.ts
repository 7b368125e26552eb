/**
 * Measures the responses of an Office.js-style request context: every `load(...)` queued
 * through it is remembered, and after each `sync()` the JSON size of what was loaded is
 * recorded (what Excel would send back). Independent of the fake, so it also measures reads
 * the fake itself does not limit.
 */
import type { XlContext, XlRun } from "../../../src/hosts/excel/xl";

type Loaded = { obj: Record<string, unknown>; props: string[] };

/** What a `load` of `props` brings back: for a collection ("items/…"), those properties of each item. */
function loadedValue(obj: Record<string, unknown>, props: string[]): unknown {
  try {
    if (props.some((p) => p.startsWith("items/"))) {
      const sub = props.map((p) => p.replace(/^items\//, ""));
      return (obj.items as Record<string, unknown>[]).map((i) => sub.map((p) => i[p]));
    }
    return props.map((p) => obj[p]);
  } catch {
    return null; // a null object, or a property Excel would not send
  }
}

/** `run` wrapped so that `responses` gets the size in bytes of each sync's loaded data. */
export function measuredRun(run: XlRun, responses: number[]): XlRun {
  return (batch) =>
    run((ctx) => {
      let loaded: Loaded[] = [];
      const wrap = <T extends object>(target: T): T =>
        new Proxy(target, {
          get(t, key) {
            const v: unknown = Reflect.get(t, key, t);
            if (typeof v === "function") {
              return (...args: unknown[]) => {
                if (key === "sync") {
                  return (v as (...a: unknown[]) => Promise<unknown>).apply(t, args).then((out) => {
                    responses.push(Buffer.byteLength(JSON.stringify(loaded.map((l) => loadedValue(l.obj, l.props)))));
                    loaded = [];
                    return out;
                  });
                }
                const out: unknown = (v as (...a: unknown[]) => unknown).apply(t, args);
                if (key === "load") loaded.push({ obj: t as Record<string, unknown>, props: String(args[0]).split(",").map((p) => p.trim()) });
                return out !== null && typeof out === "object" ? wrap(out) : out;
              };
            }
            return v !== null && typeof v === "object" && !Array.isArray(v) ? wrap(v) : v;
          },
        });
      return batch(wrap(ctx as XlContext & object));
    });
}
