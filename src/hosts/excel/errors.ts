/**
 * Errors out of the Excel host: Excel's own errors keep Excel's code and (localized)
 * message; everything else becomes a HostError the pane can localize.
 */
import { HostError, type HostErrorParams } from "../host";

/** The shape of OfficeExtension.Error that we rely on. */
interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof e !== "object" || e === null) return false;
  const x = e as { code?: unknown; message?: unknown };
  return typeof x.code === "string" && x.code !== "" && typeof x.message === "string";
}

/** Excel's error code, or "" for anything that is not an Excel error. */
export function excelCode(e: unknown): string {
  return isOfficeError(e) && !(e instanceof HostError) ? e.code : "";
}

export function toHostError(e: unknown, extra: HostErrorParams = {}): HostError {
  if (e instanceof HostError) {
    return Object.keys(extra).length === 0 ? e : new HostError(e.source, e.code, e.message, { ...e.params, ...extra }, e.cause);
  }
  if (isOfficeError(e)) {
    const location = e.debugInfo?.errorLocation;
    return new HostError("excel", e.code, e.message, { ...(location ? { location } : {}), ...extra }, e);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new HostError("host", "Unexpected", message, { message, ...extra }, e);
}
