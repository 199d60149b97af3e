// Shared data types. Data flows one way: path -> source -> findings -> edits -> output.
export const STRATEGIES = ['devnull', 'read', 'subprocess'];
