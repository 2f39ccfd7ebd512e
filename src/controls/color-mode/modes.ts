/** The reader's choices, in the order a press moves through them (as Docusaurus's own switch). */
export const COLOR_MODES = ['system', 'light', 'dark'] as const;
export type ColorModeChoice = (typeof COLOR_MODES)[number];
