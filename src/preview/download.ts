/**
 * "Download .xlsx": the workbook spec the pane last wrote, through the same .xlsx writer
 * as the command line (src/xlsx/writer.ts), with what the team typed into the plan's
 * input cells (strategies, parameters, opening figures) and into its entry ranges (the daily
 * log's reports) carried over from the preview's workbook.
 */
import type { WrittenSheet } from "../hosts/host";
import { cellAddress, parseCell, parseRange } from "../workbook/a1";
import type { BlockSpec, CellSpec, SheetSpec, WorkbookSpec } from "../workbook/spec";
import type { PreviewWorkbook } from "../hosts/preview/workbook";

/** What the team typed into a sheet's entry ranges (the log's rows), as blocks: up to the last filled row. */
function entryBlocks(sheet: SheetSpec, liveName: string, wb: PreviewWorkbook): BlockSpec[] {
  const out: BlockSpec[] = [];
  for (const address of sheet.entryRanges ?? []) {
    const r = parseRange(address);
    const rows: CellSpec[][] = [];
    let last = -1;
    for (let row = r.top; row <= r.bottom; row++) {
      const line: CellSpec[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const content = wb.cell(liveName, row, col)?.content;
        line.push(!content ? {} : content.kind === "formula" ? { f: content.text } : { v: content.v });
        if (content) last = row - r.top;
      }
      rows.push(line);
    }
    if (last >= 0) out.push({ at: cellAddress(r.top, r.left), cells: rows.slice(0, last + 1) });
  }
  return out;
}

/** `spec` with every input cell holding what the preview's sheet holds there now. */
export function specWithInputs(spec: WorkbookSpec, written: readonly WrittenSheet[], wb: PreviewWorkbook): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      const name = written.find((w) => w.key === sheet.key)?.name ?? sheet.name;
      const live = wb.findSheet(name);
      if (!live) return sheet;
      return {
        ...sheet,
        blocks: sheet.blocks.map((block) => {
          const origin = parseCell(block.at);
          return {
            ...block,
            cells: block.cells.map((row, i) =>
              row.map((cell, j): CellSpec => {
                if (!cell.input) return cell;
                const content = wb.cell(live.name, origin.row + i, origin.col + j)?.content;
                const { v: _v, f: _f, ...rest } = cell;
                if (!content) return { ...rest, v: null };
                return content.kind === "formula" ? { ...rest, f: content.text } : { ...rest, v: content.v };
              }),
            ),
          };
        }).concat(entryBlocks(sheet, live.name, wb)),
      };
    }),
  };
}

/** Writes the file and hands it to the browser as a download. */
export async function downloadXlsx(spec: WorkbookSpec, fileName: string): Promise<{ bytes: number; chartsOmitted: number }> {
  // The writer (and ExcelJS) are loaded on first use: the page opens without them.
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writer");
  const { buffer, report } = await writeXlsx(spec);
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(buffer);
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { bytes: blob.size, chartsOmitted: report.chartsOmitted };
}
