/**
 * Task pane entry: waits for Office, picks the host and the theme, renders the App.
 *
 * - In Excel: the Excel host (src/hosts/excel, the only code that calls Excel).
 * - Outside Office (office.js missing, or a plain browser tab): the offline host, so the
 *   reference card still works and Insert explains that it needs Excel.
 */
import { createRoot } from "react-dom/client";
import { App, type PaneTheme } from "./App";
import { createExcelHost } from "../hosts/excel";
import { createOfflineHost } from "./offlineHost";
import type { Host } from "../hosts/host";

/** Relative luminance of "#RRGGBB" (0 = black, 1 = white), or null if unreadable. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** Office's theme when it tells us (Office.context.officeTheme), else the browser's preference. */
function paneTheme(): PaneTheme {
  try {
    const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    const l = luminance(bg);
    if (l !== null) return l < 0.4 ? "dark" : "light";
  } catch {
    // officeTheme is not available on every platform: fall through.
  }
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function render(host: Host): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(<App host={host} theme={paneTheme()} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    render(info.host === Office.HostType.Excel ? createExcelHost() : createOfflineHost());
  });
} else {
  render(createOfflineHost());
}
