/**
 * The pane's SMART checker, loaded on demand (its own chunk): the domain's score and the
 * explanation in the user's language (src/i18n/smart.ts).
 */
export { smartScore } from "../../domain/smart";
export { explainSmart } from "../../i18n/smart";
