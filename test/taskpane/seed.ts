/** The seeds' mid-sprint case as the pane's tests type it in (Generator and useGenerator tests). */
import { defaultForm, type FormState } from "../../src/taskpane/generator/formState";

export const NOW = new Date(2025, 2, 10); // Monday 10 March 2025

/** The seeds' mid-sprint case: 300,000 in 30 days from Monday 3 March, 3 reps. */
export const SEED_FORM: FormState = {
  ...defaultForm(NOW),
  name: "March push",
  target: "300000",
  avgOrderValue: "5000",
  conversion: "5%",
  start: "2025-03-03",
  owners: "Ann, Bob, Cat",
};

/** Sheet names of the seed plan in English. */
export const SEED_SHEETS = ["Sprint summary", "Inputs", "30-Day Sprint", "Targets", "Funnel", "Daily log", "Board", "Weekly review"];
