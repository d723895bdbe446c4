// 补充申报材料: one of the person's own applications (opened from 我的申报, and by a staff 「补材料」
// request) — what the bureau asked for, the files already sent, and two ways to send more: photos
// from the camera or the album (wx.chooseMedia) and files passed in a WeChat chat
// (wx.chooseMessageFile, how PDFs usually travel), each uploaded with its progress shown
// (utils/materials.ts) and the list read again after.

import { formatBeijingTime } from "../../utils/money.js";
import {
  fromMedia,
  fromMessageFiles,
  sizeText,
  UploadQueue,
  type PickedFile,
  type UploadItem,
} from "../../utils/materials.js";
import { PRIVACY_REFUSED, privacyWx, requirePrivacy } from "../../utils/privacy.js";
import { api } from "../../utils/wx-adapter.js";

let queue: UploadQueue | null = null;
let applicationId = "";

interface SentView {
  id: string;
  name: string;
  sizeText: string;
  atText: string;
}

/** A stamp for photo names: 0601-1030 (month, day, hour, minute, Beijing time). */
function stamp(now: Date): string {
  const t = new Date(now.getTime() + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(t.getUTCMonth() + 1)}${two(t.getUTCDate())}-${two(t.getUTCHours())}${two(t.getUTCMinutes())}`;
}

Component({
  data: {
    loading: true,
    error: "",
    number: "",
    statusLabel: "",
    /** The bureau's request when the status is 待补材料. */
    request: "",
    open: false,
    sent: [] as SentView[],
    uploads: [] as UploadItem[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      applicationId = decodeURIComponent(query?.["id"] ?? "");
      queue = new UploadQueue((file, onProgress) =>
        api()
          .uploadMaterial(applicationId, file, onProgress)
          .then(() => undefined),
      );
      queue.onChange = (items) => this.setData({ uploads: items });
      this.load();
    },

    onPullDownRefresh() {
      this.load().then(() => wx.stopPullDownRefresh());
    },

    load(): Promise<void> {
      if (!applicationId) {
        this.setData({ loading: false, error: "没有指明是哪一份申报，请从「我的申报」进入。" });
        return Promise.resolve();
      }
      this.setData({ loading: true, error: "" });
      return Promise.all([api().ownApplication(applicationId), api().materials(applicationId)])
        .then(([app, list]) => {
          const asked = [...(app.decisions ?? [])].reverse().find((d) => d.decision === "needs_more_info");
          this.setData({
            loading: false,
            number: app.number,
            statusLabel: app.statusLabel,
            request: app.status === "needs_more_info" ? (asked?.note ?? "") : "",
            open: app.status === "submitted" || app.status === "needs_more_info",
            sent: (list.items ?? []).map((m) => ({
              id: m.id,
              name: m.name,
              sizeText: sizeText(m.size),
              atText: formatBeijingTime(m.uploadedAt),
            })),
          });
        })
        .catch((e: unknown) =>
          this.setData({
            loading: false,
            error: e instanceof Error ? e.message : "暂时无法加载，请下拉刷新重试。",
          }),
        );
    },

    /** Sends what was chosen, then reads the list again. */
    send(files: PickedFile[]) {
      if (!queue || files.length === 0) return;
      queue.add(files).then(() => this.load());
    },

    /** Photos: the camera or the album. Asked inside the tap, after the privacy agreement. */
    onPickPhotos() {
      requirePrivacy(privacyWx(wx)).then((agreed) => {
        if (!agreed) {
          this.setData({ error: PRIVACY_REFUSED });
          return;
        }
        wx.chooseMedia({
          count: 9,
          mediaType: ["image"],
          sourceType: ["camera", "album"],
          sizeType: ["compressed"],
          success: (res) => this.send(fromMedia(res.tempFiles, stamp(new Date()))),
        });
      });
    },

    /** Files passed in a WeChat chat: PDFs and pictures. */
    onPickChatFiles() {
      requirePrivacy(privacyWx(wx)).then((agreed) => {
        if (!agreed) {
          this.setData({ error: PRIVACY_REFUSED });
          return;
        }
        wx.chooseMessageFile({
          count: 9,
          type: "file",
          extension: ["pdf", "jpg", "jpeg", "png"],
          success: (res) => this.send(fromMessageFiles(res.tempFiles)),
        });
      });
    },

    onRetry(e: WechatMiniprogram.TouchEvent) {
      const key = Number(e.currentTarget.dataset["key"]);
      queue?.retry(key).then(() => this.load());
    },
  },
});
