/**
 * The generator's confirmations (Fluent Dialog, modal), the one home of its dialogs:
 * - "These sheets already exist": update the plan in place (actuals kept), create a numbered
 *   copy, or cancel.
 * - "Replace N formulas with values?": how many SALES.* cells on which sheets, then freeze or cancel.
 *
 * Loaded the first time a dialog opens (Generator.tsx loads it with React.lazy), so the dialog
 * machinery is not part of the pane's first load. Which dialog is open is the generator's
 * state (`PaneDialog`, ./state.ts).
 */
import { Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ShareScope } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { joinList } from "../format";
import type { PaneDialog } from "./state";
import { useDialogStyles } from "./Dialogs.styles";

export interface DialogsProps {
  dialog: PaneDialog;
  t: UiStrings;
  locale: Locale;
  onUpdate: () => void;
  onCopy: () => void;
  onFreeze: (scope: ShareScope) => void;
  onClose: () => void;
}

export default function Dialogs(props: DialogsProps): JSX.Element {
  const { dialog, onClose } = props;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        {dialog.kind === "clash" ? <ClashDialog {...props} dialog={dialog} /> : <ShareDialog {...props} dialog={dialog} />}
      </DialogSurface>
    </Dialog>
  );
}

/** These sheets already exist: update them, or write a numbered copy. */
function ClashDialog({ dialog, t, locale, onUpdate, onCopy, onClose }: DialogsProps & { dialog: Extract<PaneDialog, { kind: "clash" }> }): JSX.Element {
  const styles = useDialogStyles();
  return (
    <DialogBody>
      <DialogTitle>{t.clashTitle}</DialogTitle>
      <DialogContent>
        <Body1 as="p">{format(t.clashBody, { sheets: joinList(dialog.sheets, locale) })}</Body1>
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
  );
}

/** The SALES.* cells found, sheet by sheet, before they are replaced with their values. */
function ShareDialog({ dialog, t, onFreeze, onClose }: DialogsProps & { dialog: Extract<PaneDialog, { kind: "share" }> }): JSX.Element {
  const styles = useDialogStyles();
  return (
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
  );
}
