/** How this language writes what both the load area and its problems say: quotes, counts. */
/** Guillemets with the no-break spaces French puts inside them. */
export const q = (s: string) => `«\u202f${s}\u202f»`;
