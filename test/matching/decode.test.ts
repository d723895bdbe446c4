// The CSV's encoding, told from its bytes: UTF-8 with or without a BOM, or GBK; characters split
// between chunks come out whole; what is neither (binary, UTF-16, noise) is refused clearly.

import { describe, expect, it } from "vitest";
import { chooseEncoding, CsvDecoder, decodeCsv } from "../../api/matching/decode.ts";
import { MatchingFileError } from "../../api/matching/index.ts";
import { chunked, gbk, utf8, withBom } from "./helpers.ts";

const TEXT = "统一社会信用代码,名称\r\n91370303MA0000001M,淄博某某电子商务有限公司（张店）\r\n";

async function decodeAll(bytes: Uint8Array, size: number, sample?: number) {
  let encoding: string | null = null;
  let text = "";
  for await (const t of decodeCsv(chunked(bytes, size), (e) => (encoding = e), sample)) text += t;
  return { text, encoding };
}

describe("telling the encoding", () => {
  it("reads UTF-8 with a BOM, and drops the BOM", async () => {
    expect(await decodeAll(withBom(TEXT), 1024)).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-8 without a BOM", async () => {
    expect(await decodeAll(utf8(TEXT), 1024)).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads GBK, as Excel in China saves a CSV", async () => {
    expect(await decodeAll(gbk(TEXT), 1024)).toEqual({ text: TEXT, encoding: "gbk" });
  });

  it("decides nothing while the text is ASCII, and reads GBK that starts after the sample size", async () => {
    const ascii = "a,b\r\n".repeat(50_000);
    const r = await decodeAll(gbk(ascii + TEXT), 4096);
    expect(r.encoding).toBe("gbk");
    expect(r.text).toBe(ascii + TEXT);
  });

  it("leaves the encoding unknown for a file that is ASCII throughout", async () => {
    expect(await decodeAll(utf8("a,b\r\n1,2\r\n"), 3)).toEqual({ text: "a,b\r\n1,2\r\n", encoding: null });
  });
});

describe("characters split between chunks", () => {
  for (const [name, encode] of [
    ["UTF-8", utf8],
    ["UTF-8 with a BOM", withBom],
    ["GBK", gbk],
  ] as const) {
    it(`come out whole in ${name}, whatever the chunk size, before and after the choice`, async () => {
      const long = TEXT.repeat(40);
      for (const size of [1, 2, 3, 5, 7, 64])
        for (const sample of [16, 64, 100_000]) {
          const r = await decodeAll(encode(long), size, sample);
          expect(r.text, `chunks of ${size}, sample ${sample}`).toBe(long);
        }
    });
  }
});

describe("bytes that are not text in either encoding", () => {
  const refusal = (bytes: Uint8Array) => {
    try {
      chooseEncoding(bytes, true);
    } catch (err) {
      expect(err).toBeInstanceOf(MatchingFileError);
      return err as MatchingFileError;
    }
    throw new Error("accepted");
  };

  it("refuses noise that is neither UTF-8 nor GBK", () => {
    const e = refusal(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80))));
    expect(e.code).toBe("bad_encoding");
    expect(e.message).toContain("既不是 UTF-8 也不是 GBK");
  });

  it("refuses a binary file (a PNG's first bytes)", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal(png).message).toContain("二进制");
  });

  it("refuses UTF-16, Excel's 「Unicode 文本」", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("名称", "utf16le")]);
    expect(refusal(utf16).message).toContain("UTF-16");
  });

  it("refuses the whole file through the stream, before any text is given out", async () => {
    const noise = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80)));
    await expect(decodeAll(noise, 16)).rejects.toThrow(/既不是 UTF-8 也不是 GBK/);
  });

  it("keeps a clean file with one stray byte, marking it U+FFFD for its row to be reported", () => {
    const good = gbk(TEXT.repeat(20));
    const bytes = new Uint8Array([...good, 0xff, ...gbk("尾\r\n")]);
    const d = new CsvDecoder(64);
    const text = d.write(bytes) + d.end();
    expect(d.encoding).toBe("gbk");
    expect(text).toBe(`${TEXT.repeat(20)}\uFFFD尾\r\n`);
  });
});
