// next-env.d.ts is generated and not committed; these references let `tsc` run on a clean checkout.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
