// Materials from the phone: photos (wx.chooseMedia, from the camera or the album) and files passed in
// a WeChat chat (wx.chooseMessageFile — how PDFs travel in China), checked here before anything is
// sent (JPG, PNG or PDF, at most 20 MB, as the server takes them), then uploaded one at a time with
// their progress shown. No `wx` here: the page passes in what WeChat gave and the upload to run.

export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ["jpg", "jpeg", "png", "pdf"];

/** A file chosen on the phone: its temporary path, the name to show and send, its size. */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/** What wx.chooseMedia gave: photos named by the time they were taken here (照片1.jpg…). */
export function fromMedia(
  files: readonly { tempFilePath: string; size: number }[],
  stamp: string,
): PickedFile[] {
  return files.map((f, i) => ({
    path: f.tempFilePath,
    name: `照片${stamp}-${i + 1}.${extensionOf(f.tempFilePath) || "jpg"}`,
    size: f.size,
  }));
}

/** What wx.chooseMessageFile gave: the file's own name from the chat. */
export function fromMessageFiles(
  files: readonly { path: string; name: string; size: number }[],
): PickedFile[] {
  return files.map((f) => ({
    path: f.path,
    name: f.name || `文件.${extensionOf(f.path) || "pdf"}`,
    size: f.size,
  }));
}

/** Why a file cannot be sent, or null. */
export function problemOf(f: PickedFile): string | null {
  if (!EXTENSIONS.includes(extensionOf(f.name) || extensionOf(f.path)))
    return "只能上传 JPG、PNG 图片或 PDF 文件";
  if (f.size > MATERIAL_MAX_BYTES) {
    // 「20.00 MB，超过 20 MB」 would read as a contradiction: just over the limit is said so.
    const mb = (f.size / 1024 / 1024).toFixed(1);
    return mb === "20.0"
      ? "文件略超过每个 20 MB 的上限，请压缩或分开后再传"
      : `文件有 ${mb} MB，超过每个 20 MB 的上限，请压缩或分开后再传`;
  }
  if (f.size === 0) return "文件是空的";
  return null;
}

/** 1536 → 「1.5 KB」, 3,200,000 → 「3.1 MB」. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export type UploadState = "waiting" | "uploading" | "done" | "failed";

export interface UploadItem {
  key: number;
  name: string;
  sizeText: string;
  percent: number;
  state: UploadState;
  /** What to show beside it: 等待上传, 上传中 40%, 已上传, 失败：原因. */
  message: string;
}

/** Sends one file, calling back with its progress in percent; rejects with a message to show. */
export type Upload = (file: PickedFile, onProgress: (percent: number) => void) => Promise<void>;

/** Files being sent, one at a time, in the order chosen; the page shows `items`. */
export class UploadQueue {
  items: UploadItem[] = [];
  onChange: ((items: UploadItem[]) => void) | null = null;
  private readonly files = new Map<number, PickedFile>();
  private nextKey = 1;
  private running: Promise<void> | null = null;

  constructor(private readonly upload: Upload) {}

  /** Adds files (those that cannot be sent are listed as failed with the reason) and sends them. */
  add(files: readonly PickedFile[]): Promise<void> {
    for (const f of files) {
      const key = this.nextKey++;
      const problem = problemOf(f);
      this.files.set(key, f);
      this.items = [
        ...this.items,
        {
          key,
          name: f.name,
          sizeText: sizeText(f.size),
          percent: 0,
          state: problem ? "failed" : "waiting",
          message: problem ? `未上传：${problem}` : "等待上传",
        },
      ];
    }
    this.changed();
    return this.drain();
  }

  /** Sends a failed file again (one that could not be sent at all stays as it is). */
  retry(key: number): Promise<void> {
    const f = this.files.get(key);
    if (!f || problemOf(f)) return Promise.resolve();
    this.update(key, { state: "waiting", percent: 0, message: "等待上传" });
    return this.drain();
  }

  get busy(): boolean {
    return this.items.some((i) => i.state === "waiting" || i.state === "uploading");
  }

  private drain(): Promise<void> {
    if (!this.running)
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async loop(): Promise<void> {
    for (;;) {
      const next = this.items.find((i) => i.state === "waiting");
      if (!next) return;
      const file = this.files.get(next.key)!;
      this.update(next.key, { state: "uploading", message: "上传中 0%" });
      try {
        await this.upload(file, (p) => {
          const percent = Math.max(0, Math.min(100, Math.round(p)));
          this.update(next.key, { percent, message: `上传中 ${percent}%` });
        });
        this.update(next.key, { state: "done", percent: 100, message: "已上传" });
      } catch (e) {
        this.update(next.key, {
          state: "failed",
          message: `上传失败：${e instanceof Error ? e.message : "请稍后重试"}`,
        });
      }
    }
  }

  private update(key: number, change: Partial<UploadItem>): void {
    this.items = this.items.map((i) => (i.key === key ? { ...i, ...change } : i));
    this.changed();
  }

  private changed(): void {
    this.onChange?.(this.items);
  }
}
