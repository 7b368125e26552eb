/**
 * Task pane entry: waits for Office, picks the host, mounts the pane (./mount).
 *
 * - In Excel: the Excel host (src/hosts/excel, the only code that calls Excel).
 * - Outside Office (office.js missing, or a plain browser tab): the offline host, so the
 *   reference card still works and Insert explains that it needs Excel.
 */
import { renderPane } from "./mount";
import { createExcelHost } from "../hosts/excel";
import { createOfflineHost } from "./offlineHost";
import type { Host } from "../hosts/host";

function start(host: Host): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  renderPane(container, host);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    start(info.host === Office.HostType.Excel ? createExcelHost() : createOfflineHost());
  });
} else {
  start(createOfflineHost());
}
