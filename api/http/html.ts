// Text put into an HTML page: every character that could open markup is escaped, so a name such as
// 「<script>」 shows as it is written and never runs.

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}
