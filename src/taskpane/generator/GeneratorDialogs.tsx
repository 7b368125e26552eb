/**
 * The generator's confirmations (update-or-copy, freeze the SALES cells), hooked up to its
 * actions. The dialogs themselves (./Dialogs) load the first time one opens, so the dialog
 * machinery is not part of the pane's first load.
 */
import { Suspense, lazy } from "react";
import type { GeneratorModel } from "./useGenerator";

const Dialogs = lazy(() => import(/* webpackChunkName: "dialogs", webpackPrefetch: true */ "./Dialogs"));

export function GeneratorDialogs({ gen }: { gen: GeneratorModel }): JSX.Element {
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
