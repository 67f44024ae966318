// The status against a milestone, apart from report.ts so the indicator types (src/domain/indicators/types.ts)
// can use it while report.ts uses them, without an import cycle.

/** Status against the milestone, as a code; the text layer (src/text/status.ts) says it in words. */
export type MilestoneStatus = 'onTrack' | 'close' | 'behind';
