/** True when a path holds a percent sign that does not start a valid UTF-8 escape (`/%zz`, `/%ff`). */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
