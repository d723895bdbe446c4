// Sending a file's bytes with XMLHttpRequest (fetch cannot report upload progress), with the
// session's CSRF token; the reply parsed as JSON when it is.

import { writeHeaders } from "./api/client";
import { href, type PostPath } from "./api/links";

export interface UploadReply {
  status: number;
  body: unknown;
}

export function uploadBytes(
  to: { path: PostPath; params?: Record<string, string>; query?: Record<string, string> },
  file: File,
  headers: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<UploadReply> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", href(to.path, to.params, to.query));
    for (const [k, v] of Object.entries({ ...writeHeaders(), ...headers })) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: { error: { message: "网络中断，文件没有上传成功。" } } });
    xhr.send(file);
  });
}

/** The media type the API checks a file against, from its name (the browser's guess may be empty). */
export function typeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (/\.csv$/i.test(file.name)) return "text/csv";
  if (/\.pdf$/i.test(file.name)) return "application/pdf";
  if (/\.png$/i.test(file.name)) return "image/png";
  if (/\.jpe?g$/i.test(file.name)) return "image/jpeg";
  return file.type || "application/octet-stream";
}
