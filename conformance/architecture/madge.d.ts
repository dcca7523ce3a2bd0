// The part of madge's API (lib/api.js) the architecture test uses; madge ships no types.
declare module 'madge' {
  interface MadgeConfig {
    readonly baseDir?: string;
    readonly fileExtensions?: readonly string[];
    readonly tsConfig?: string;
    readonly excludeRegExp?: readonly RegExp[];
  }
  interface MadgeResult {
    /** File -> the files it imports, relative to baseDir. */
    obj(): Record<string, string[]>;
    /** Each cycle as its files in import order. */
    circular(): string[][];
    warnings(): { skipped: string[] };
  }
  export default function madge(path: string | readonly string[], config?: MadgeConfig): Promise<MadgeResult>;
}
