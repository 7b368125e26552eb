/** The pure sales math: no Office dependency, no I/O. */
export * from "./errors";
export * from "./args";
export * from "./leads";
export * from "./split";
export * from "./funnel";
export * from "./smart";
export * from "./chance";
