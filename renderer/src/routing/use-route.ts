import { useEffect, useState } from 'react';

/** The hash route split into parts: `#/adresboek/organisaties/ID` -> ['adresboek', 'organisaties', 'ID']. */
export interface Route {
  parts: string[];
  query: URLSearchParams;
}

/** A hash as a route: what the app renders, and what a browser test waits for. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { parts: path.split('/').filter((part) => part !== '').map(decodeURIComponent), query: new URLSearchParams(query) };
}

function readRoute(): Route {
  return parseRoute(window.location.hash);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}
