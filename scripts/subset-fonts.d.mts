export declare const LATIN_RANGE: [number, number][];
export declare const WEIGHTS: string[];
export declare function sourceFile(weight: string): string;
export declare function outputFile(weight: string): string;
export declare function subsetPublicSans(weight: string): Promise<Uint8Array>;
