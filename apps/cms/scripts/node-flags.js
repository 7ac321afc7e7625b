// The Node.js flags the CMS runs with, in one place for `npm start`, the scale profile and the search benchmark.

/** The old generation's ceiling, so a runaway request ends one process, not the machine. */
function heapCeilingMb() {
  const memoryMb = Number(process.env.CMS_MAX_OLD_SPACE_MB || 1024);
  if (!Number.isInteger(memoryMb) || memoryMb < 256)
    throw new Error('CMS_MAX_OLD_SPACE_MB: must be a whole number of megabytes, at least 256');
  return memoryMb;
}

// A search allocates a short-lived result for every matching document; with V8's default young
// generation (16 MB semi-spaces) a fifth of a search's time at 10,000 documents a locale went to
// collecting them. 64 MB semi-spaces cost up to ~130 MB more memory and halve that.
const youngGenerationMb = 64;

const cmsNodeFlags = () => [`--max-old-space-size=${heapCeilingMb()}`, `--max-semi-space-size=${youngGenerationMb}`];

module.exports = { cmsNodeFlags };
