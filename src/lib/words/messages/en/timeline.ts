/** Filled in as the interface moves into the catalogues. */
export default {};
