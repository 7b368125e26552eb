/**
 * The keys of every error the domain returns: function-argument errors (SalesError) and
 * sprint-input errors (SprintInputError). The words for each are in the one catalog,
 * src/i18n/errors.ts, which must translate every key here (its type says so); a message is
 * rendered only at the edge (the custom functions, the task pane, the command line).
 *
 * Kept apart from ./errors.ts so test/domain/errors.test.ts can check that every key here
 * is actually returned somewhere in the code.
 */
export type ErrorKey =
  // phrases the argument errors put into {range}
  | "range.between"
  | "range.aboveAtMost"
  | "range.wholeBetween"
  // function arguments
  | "arg.notNumber"
  | "arg.outOfRange"
  | "arg.percentTyped"
  | "arg.zeroDivides"
  | "arg.notSingle"
  | "arg.notBoolean"
  | "arg.notText"
  | "arg.notLine"
  | "arg.lineLength"
  | "arg.tooManyCells"
  | "arg.empty"
  | "leads.tooLarge"
  | "split.weightsZero"
  | "split.tooPrecise"
  | "smart.goalText"
  | "smart.needBoth"
  | "funnel.unknownStage"
  | "funnel.stageWithCounts"
  | "funnel.noLeads"
  | "funnel.sharesIncrease"
  | "funnel.sharesFirst"
  | "chance.tooFewDays"
  | "chance.noSpread"
  // sprint inputs ({field} is the input's label, filled in where the message is shown)
  | "input.missing"
  | "input.notNumber"
  | "input.unit"
  | "input.noUnit"
  | "input.wholeRange"
  | "input.numberRange"
  | "input.aboveAtMost"
  | "input.percentTyped"
  | "input.required"
  | "input.tooLong"
  | "input.duplicate"
  | "input.ownerEntry"
  | "input.count"
  | "input.date"
  | "input.order"
  | "input.sharesOrder"
  | "input.currency"
  | "input.noWorkingDays"
  // a bug
  | "internal.error";
