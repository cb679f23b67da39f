/** How this language writes what both the load area and its problems say: quotes, counts. */
export const q = (s: string) => `«${s}»`;
