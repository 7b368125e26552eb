// Adapted from OfficeDev/Office-Addin-TaskPane-React (MIT, see LICENSE beside this file),
// src/taskpane/index.tsx at commit 4abbd86057583dccfc10bc35e9e49961cdc64f94.
// Changes: renders at once instead of inside Office.onReady (no Office.js in the bench, as for
// our pane's bench page), into #root (the bench page's element), without the hot-reload hook.
import * as React from "react";
import { createRoot } from "react-dom/client";
import App from "./App";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

const title = "Contoso Task Pane Add-in";

const rootElement: HTMLElement | null = document.getElementById("root");
const root = rootElement ? createRoot(rootElement) : undefined;

root?.render(
  <FluentProvider theme={webLightTheme}>
    <App title={title} />
  </FluentProvider>,
);
