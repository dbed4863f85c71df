// proxy-addr (Express's own parser of `trust proxy`) ships no types; this is the one function used.
declare module 'proxy-addr' {
  /** Compiles addresses, subnets or the names loopback, linklocal, uniquelocal; throws if invalid. */
  export function compile(value: string | string[]): (address: string, hop: number) => boolean;
}
