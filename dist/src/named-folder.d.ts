export declare function useNamedFolder(folder: string | null): void;
export declare function namedFolder(): string | null;
