// What a route that takes a file declares (the types it accepts, its size limit, whether a
// multipart/form-data form may carry it), and what reading it gives.

export interface FilePart {
  /** Media types accepted (the request's Content-Type must be one of them). */
  contentTypes: readonly string[];
  maxBytes: number;
  what: string;
  /** Also accept the file as the one file part of multipart/form-data. */
  multipart?: boolean;
}

/** The file read: its bytes, its type (null: to be taken from the bytes), the name the sender gave. */
export interface FileBody {
  bytes: Buffer;
  contentType: string | null;
  filename?: string | undefined;
}
