// Which reverse proxies may say who the client is (Express's `trust proxy`). Trusting every hop of
// X-Forwarded-For would let any caller choose the address that sign-in throttles and the audit
// trail records, so only a hop count or a list of the proxies' own addresses is accepted.
import { compile } from 'proxy-addr';

/** false: no proxy; a number: that many proxies in front; a list: the proxies' addresses. */
export type TrustProxy = false | number | string[];

export const MAX_PROXY_HOPS = 10;

export const TRUST_PROXY_HINT =
  'TRUST_PROXY must be false, the number of reverse proxies in front of Amparo (1 to ' +
  `${MAX_PROXY_HOPS}), or their addresses or subnets, comma-separated ` +
  '(e.g. 10.0.0.5,10.0.1.0/24; names: loopback, linklocal, uniquelocal)';

export const TRUST_PROXY_TRUE_REFUSED =
  'TRUST_PROXY=true would trust every X-Forwarded-For hop, so any caller could choose the ' +
  'address that is throttled and audited: set the number of proxies in front of Amparo ' +
  '(TRUST_PROXY=1 for one load balancer) or their addresses (TRUST_PROXY=10.0.0.5)';

/** The setting as Express takes it, or null when `raw` is not one of the accepted forms. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim();
  if (value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_PROXY_HOPS ? hops : null;
  }
  const proxies = value.split(',').map((entry) => entry.trim());
  if (proxies.some((entry) => entry === '' || entry === 'true')) return null;
  try {
    compile(proxies);
  } catch {
    return null;
  }
  return proxies;
}

export function isTrustProxy(value: unknown): value is TrustProxy {
  return (
    value === false ||
    (typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= MAX_PROXY_HOPS) ||
    (Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string'))
  );
}
