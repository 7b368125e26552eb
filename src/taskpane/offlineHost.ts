/**
 * The host the pane gets when it is opened outside Excel (a plain browser tab, or Office.js
 * failed to load): it shows the reference card and explains, in the user's language, that
 * inserting needs Excel. It never touches Office.
 */
import { HostError, type Host } from "../hosts/host";

/** Error code (source "host") the pane translates into its "open this in Excel" message. */
export const OFFICE_UNAVAILABLE = "OfficeUnavailable";

export function hostUnavailableError(): HostError {
  return new HostError("host", OFFICE_UNAVAILABLE, "Excel is not available: open the add-in in Excel to insert formulas.");
}

export function createOfflineHost(language: () => string = () => globalThis.navigator?.language ?? "en"): Host {
  return {
    kind: "offline",
    displayLanguage: language,
    insertFormula: () => Promise.reject(hostUnavailableError()),
  };
}
