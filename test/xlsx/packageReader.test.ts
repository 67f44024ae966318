// The browser-side inflate (DecompressionStream, which Node has too) gives what zlib gave, across many
// output chunks, and stops at the size the zip directory promised instead of unpacking whatever follows.
import { deflateRawSync } from 'zlib';
import { streamInflate } from '../../src/xlsx/packageReader';
import { ZipFormatError } from '../../src/xlsx/zipDirectory';

test('streamInflate returns the bytes zlib deflated, also when they arrive in many chunks', async () => {
  const data = Buffer.alloc(3_000_000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
  const out = await streamInflate(deflateRawSync(data), data.length);
  expect(out.length).toBe(data.length);
  expect(Buffer.from(out).equals(data)).toBe(true);
});

test('streamInflate refuses output beyond the promised size (a zip bomb claims to be small)', async () => {
  const bomb = deflateRawSync(Buffer.alloc(50_000_000));
  expect(bomb.length).toBeLessThan(100_000);
  await expect(streamInflate(bomb, 1000)).rejects.toBeInstanceOf(ZipFormatError);
});
