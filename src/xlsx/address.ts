// A1-style addresses (1-based rows and columns) for the .xlsx adapter.
import { fremdriftError } from '../text/errors';

export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(':');
  const ca = decodeAddress(a);
  const cb = decodeAddress(b);
  return { top: ca.row, left: ca.col, bottom: cb.row, right: cb.col };
}

function decodeAddress(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(addr.toUpperCase());
  if (!m) throw fremdriftError('address.invalid', { address: addr });
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function encodeRange(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}
