// Files applicants send in WeChat (photos, PDFs): attached to the application that waits for
// materials, or to the one the applicant last named by its number; acknowledged by name. The type
// is read from the bytes (file-type), and the API checks again. Voice and stickers get a short,
// kind reply instead of the text-only notice.

import { fileTypeFromBuffer } from "file-type";
import type { ApiClient } from "../shell/api-client.ts";

const TAKEN = new Set(["image/jpeg", "image/png", "application/pdf"]);
export const APPLICATION_NUMBER = /ZB-\d{4}-\d{6}/i;

export const MATERIAL_TEXTS = {
  noTarget:
    "收到文件。您目前没有等待补充材料的申报；如要给某份申报补充材料，请先发送申报编号（例如 ZB-2026-000001），再发照片或 PDF 文件。",
  wrongType: "抱歉，材料只收照片（JPG、PNG）和 PDF 文件。请换成这几种格式再发一次。",
  unavailable: "申报系统暂时连接不上，文件没有保存成功，请稍后再发一次。",
  voice: "抱歉，我听不了语音。请打字告诉我，例如「自测」或「查询进度」。",
  sticker: "收到 😊 有问题可以直接打字问我，例如「自测」。",
};

export function createMaterialIntake(deps: { api: Pick<ApiClient, "listApplications" | "uploadMaterial"> }) {
  /** The application a talker last named in a text, for a file sent right after. */
  const named = new Map<string, string>();

  function noteText(talker: string, text: string) {
    const n = APPLICATION_NUMBER.exec(text)?.[0];
    if (n) named.set(talker, n.toUpperCase());
  }

  /** Where a file from this talker goes: the application waiting for materials, else the one named. */
  async function target(talker: string): Promise<string | null> {
    const mine = await deps.api.listApplications(talker);
    const waiting = mine.find((a) => a.status === "needs_more_info");
    if (waiting) return waiting.number;
    const n = named.get(talker);
    return n && mine.some((a) => a.number === n) ? n : null;
  }

  /** A file received: stored against the right application, and the reply to send. */
  async function receive(talker: string, file: { bytes: Buffer; name: string }): Promise<string> {
    const type = (await fileTypeFromBuffer(file.bytes))?.mime;
    if (!type || !TAKEN.has(type)) return MATERIAL_TEXTS.wrongType;
    let number: string | null;
    try {
      number = await target(talker);
    } catch {
      return MATERIAL_TEXTS.unavailable;
    }
    if (!number) return MATERIAL_TEXTS.noTarget;
    const r = await deps.api.uploadMaterial(number, talker, {
      bytes: file.bytes,
      contentType: type,
      name: file.name,
    });
    if (r.kind === "attached")
      return `已收到「${r.name}」，已附到申报 ${number}。工作人员会尽快查看；还有材料可以继续发送。`;
    if (r.kind === "retry") return MATERIAL_TEXTS.unavailable;
    if (r.status === 413) return "文件太大了（上限 20 MB），请压缩后或分开发送。";
    if (r.status === 415) return MATERIAL_TEXTS.wrongType;
    return `文件没有保存成功：${r.message}`;
  }

  return { noteText, receive };
}
