/**
 * The generator's confirmations (Fluent Dialog, modal):
 * - "These sheets already exist": update the plan in place (actuals kept), create a numbered
 *   copy, or cancel.
 * - "Replace N formulas with values?": how many SALES.* cells on which sheets, then freeze or cancel.
 *
 * Loaded the first time a dialog opens (./GeneratorDialogs.tsx uses React.lazy), so the dialog machinery is not
 * part of the pane's first load.
 */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CustomFunctionCells, ShareScope } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";

export type PaneDialog =
  | { kind: "clash"; sheets: string[]; copyExample: string }
  | { kind: "share"; found: CustomFunctionCells; scope: ShareScope };

export interface DialogsProps {
  dialog: PaneDialog;
  t: UiStrings;
  locale: Locale;
  onUpdate: () => void;
  onCopy: () => void;
  onFreeze: (scope: ShareScope) => void;
  onClose: () => void;
}

const useStyles = makeStyles({
  actions: { flexWrap: "wrap" },
  hint: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL },
});

export default function Dialogs({ dialog, t, locale, onUpdate, onCopy, onFreeze, onClose }: DialogsProps): JSX.Element {
  const styles = useStyles();
  const sep = locale === "en" ? ", " : "、";
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        {dialog.kind === "clash" ? (
          <DialogBody>
            <DialogTitle>{t.clashTitle}</DialogTitle>
            <DialogContent>
              <Body1 as="p">{format(t.clashBody, { sheets: dialog.sheets.join(sep) })}</Body1>
              <Caption1 className={styles.hint}>{t.clashUpdateHint}</Caption1>
              <Caption1 className={styles.hint}>{format(t.clashCopyHint, { example: dialog.copyExample })}</Caption1>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={onUpdate}>
                {t.clashUpdate}
              </Button>
              <Button onClick={onCopy}>{t.clashCopy}</Button>
              <Button appearance="subtle" onClick={onClose}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        ) : (
          <DialogBody>
            <DialogTitle>{format(t.shareDialogTitle, { count: dialog.found.total })}</DialogTitle>
            <DialogContent>
              <Body1 as="p">
                {format(t.shareDialogBody, {
                  count: dialog.found.total,
                  scope: dialog.scope === "workbook" ? t.scopeWorkbook : t.scopeSelection,
                })}
              </Body1>
              <ul className={styles.list}>
                {dialog.found.sheets.map((s) => (
                  <li key={s.sheet}>
                    {format(t.shareSheetLine, {
                      sheet: s.sheet,
                      count: s.count,
                      sample: s.sample.join(", ") + (s.count > s.sample.length ? ", …" : ""),
                    })}
                  </li>
                ))}
              </ul>
              <Caption1 className={styles.hint}>{t.shareWarning}</Caption1>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => onFreeze(dialog.scope)}>
                {t.shareConfirm}
              </Button>
              <Button appearance="subtle" onClick={onClose}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
