/** The default choice: each finding gets its rule's primary (first) fix. */
export const PRIMARY_STRATEGY = 'primary';
