// Reading a picked file in the task pane: Blob.arrayBuffer where the host has it, FileReader where not
// (older Office webviews).
/** The bytes of a picked file (FileReader as a fallback where Blob.arrayBuffer is missing). */
export function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
