/**
 * The baseline of the task pane bench: a plain Fluent UI v9 + React page with one button,
 * built with the same webpack settings as the pane (bench/preview.bench.ts).
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Generate sprint plan</Button>
  </FluentProvider>,
);
