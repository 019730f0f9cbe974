// Number formats shared by the budgets and the report, so a budget's figure and the tables print alike.

export const KB = 1024;

/** @param {number | null | undefined} x @param {number} [d] decimals; '–' when there is no figure */
export const num = (x, d = 0) => (x == null ? '–' : Number(x).toFixed(d));
/** @param {number | null | undefined} b bytes @param {number} [d] */
export const kb = (b, d = 1) => (b == null ? '–' : (b / KB).toFixed(d));
/** @param {number | null | undefined} x a ratio */
export const times = (x) => `${num(x, 2)}×`;
/** @param {number} x */
export const ms = (x) => `${Math.round(x)} ms`;
/** A paired difference, with its sign: `−110 ms`, `+4 ms`. @param {number} x */
export const signed = (x) => `${x < 0 ? '−' : '+'}${ms(Math.abs(x))}`;
