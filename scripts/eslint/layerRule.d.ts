import type { ESLint, Rule } from 'eslint';

export declare const LAYERS: readonly { dir: string; forbid: readonly string[]; typesFrom?: readonly string[]; message: string }[];
export declare const FEATURE_MESSAGE: string;
export declare const layerRule: Rule.RuleModule;
export declare const layersPlugin: ESLint.Plugin;
