/** The sparkline's size, known before its chart loads so the table does not jump. */
export const SPARKLINE_WIDTH = 120;
export const SPARKLINE_HEIGHT = 32;
