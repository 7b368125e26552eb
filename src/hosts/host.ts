/**
 * The host interface: everything the task pane asks of a workbook host.
 *
 * The pane talks only to this interface. Implementations:
 * - src/hosts/excel: Excel through Office.js (the only code that calls Excel.run / context.sync)
 * - the browser preview (a later issue), over an in-browser workbook.
 *
 * Owned by the Excel host work; the pane and the preview consume it.
 */
export interface Host {
  /** "excel" or "preview"; for display only: the pane never branches on it. */
  readonly kind: string;
  /** BCP-47 tag of the host's display language (Office.context.displayLanguage in Excel). */
  displayLanguage(): string;
  /** Writes `formula` (with leading "=") into the top-left cell of the current selection and selects it. */
  insertFormula(formula: string): Promise<void>;
}
