/** What a caller passes to the function: its call's arguments, or those a start hands on. */
export const argumentsOf = (c) => c.passed ?? c.call;
