/**
 * Mounts the task pane into a container with a given host. The only way the pane is started:
 * index.tsx calls it with the Excel host (or the offline host outside Office), the browser
 * preview with its in-browser workbook host. The pane itself never asks which host it has.
 */
import { createRoot } from "react-dom/client";
import { App, type PaneTheme } from "./App";
import type { Host } from "../hosts/host";
import type { Locale } from "../i18n/locale";

/** Relative luminance of "#RRGGBB" (0 = black, 1 = white), or null if unreadable. */
export function luminance(hex: string | undefined): number | null {
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
export function paneTheme(): PaneTheme {
  try {
    const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    const l = luminance(bg);
    if (l !== null) return l < 0.4 ? "dark" : "light";
  } catch {
    // officeTheme is not available on every platform: fall through to the browser's preference.
  }
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export interface PaneOptions {
  /** Default: Office's theme, else the browser's preference. */
  theme?: PaneTheme;
  /** Default: the host's display language. */
  locale?: Locale;
}

/** Renders the pane into `container`, talking to `host` only. */
export function renderPane(container: HTMLElement, host: Host, options: PaneOptions = {}): void {
  createRoot(container).render(<App host={host} theme={options.theme ?? paneTheme()} initialLocale={options.locale} />);
}
