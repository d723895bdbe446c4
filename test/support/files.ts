// Small files of each kind the materials routes meet, made here rather than shipped.

/** A real 1×1 PNG, a minimal JPEG header and PDF, and a Windows executable (MZ header). */
export const FILES = {
  png: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
    Buffer.alloc(64, 0),
  ]),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62, 0), Buffer.from("PE\0\0"), Buffer.alloc(200, 0)]),
};
