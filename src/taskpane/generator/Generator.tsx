/**
 * The sprint generator tab: the form, the live summary, and the three actions that write into
 * the workbook (generate, re-plan, make shareable), with their dialogs, progress and outcome.
 *
 * Built the Fluent UI v9 way: the state and the actions live in a hook (`useGenerator`, with
 * its reducer in ./state.ts and the host actions in ./actions.ts), the styles in ./styles.ts,
 * and each part of the tab is a small component in this folder that only renders; this one
 * composes them. Everything goes through the `WorkbookHost` it is given (Excel, the browser
 * preview or a test fake); no Office call here. Errors are shown, never swallowed: each action
 * ends in a message bar that gives the reason and what to do.
 */
import { Suspense, lazy, useEffect, useState } from "react";
import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, useId } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import { Summary } from "./Summary";
import { ActionsCard } from "./ActionsCard";
import { AdvancedSection } from "./AdvancedSection";
import { GoalSection } from "./GoalSection";
import { OwnersSection } from "./OwnersSection";
import { SprintSection } from "./SprintSection";
import { ReplanCard, ShareCard } from "./ToolCards";
import { useGenerator, type GeneratorModel, type GeneratorOptions } from "./useGenerator";
import { loadDialogs } from "./lazy";

/** The confirmations, loaded the first time one opens (the dialog machinery is not in the first load). */
const Dialogs = lazy(loadDialogs);

export type GeneratorProps = GeneratorOptions;

export function Generator(props: GeneratorProps): JSX.Element {
  const styles = useGeneratorStyles();
  const gen = useGenerator(props);
  const { t, state } = gen;
  const id = useId("gen");
  const fid = (f: string): string => `${id}-${f}`;
  const opening = state.busy?.kind === "open";
  // The summary and the two tool cards are drawn one render after the form and the Generate
  // button: the pane is usable a render sooner, and they sit below the first screen.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    if (!opening) setRest(true);
  }, [opening]);
  // Until the workbook has answered (its saved inputs replace the defaults) the form is not drawn:
  // drawn with the defaults first, it was rendered twice before the pane was interactive
  // (bench/pane.bench.ts, docs/figures.md).
  if (opening) {
    return (
      <div className={styles.root}>
        <Body1>{t.generatorIntro}</Body1>
        <Body1 role="status">{t.stepRead}</Body1>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Body1>{t.generatorIntro}</Body1>
      {state.restored && (
        <MessageBar className={styles.message} intent="info" layout="multiline">
          <MessageBarBody className={styles.messageBody}>{t.restored}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => gen.dispatch({ type: "set", restored: false })}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <form className={styles.form} aria-label={t.formLabel} noValidate onSubmit={(e) => e.preventDefault()}>
        <SprintSection gen={gen} />
        <OwnersSection gen={gen} />
        <GoalSection gen={gen} />
        <AdvancedSection gen={gen} funnelErrorId={fid("funnel-error")} />
      </form>

      {rest && <Summary plan={gen.plan} locale={gen.locale} t={t} smartScore={gen.smart?.score ?? null} headingId={fid("summary")} />}
      <ActionsCard gen={gen} headingId={fid("actions")} reasonId={fid("reason")} />
      {rest && <ReplanCard gen={gen} headingId={fid("replan")} reasonId={fid("reason")} />}
      {rest && <ShareCard gen={gen} headingId={fid("share")} />}
      <OpenDialog gen={gen} />
    </div>
  );
}

/** The open confirmation, hooked up to the generator's actions. */
function OpenDialog({ gen }: { gen: GeneratorModel }): JSX.Element {
  const { dialog } = gen.state;
  return (
    <Suspense fallback={null}>
      {dialog && (
        <Dialogs
          dialog={dialog}
          t={gen.t}
          locale={gen.locale}
          onUpdate={() => void gen.generate("update")}
          onCopy={() => void gen.generate("copy")}
          onFreeze={(scope) => void gen.freeze(scope)}
          onClose={() => gen.dispatch({ type: "set", dialog: null })}
        />
      )}
    </Suspense>
  );
}
