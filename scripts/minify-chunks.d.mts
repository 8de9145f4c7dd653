/** Minifies the code-split chunks (<id>.index.js) of the ncc bundle in `folder`, in place. */
export function minifyChunks(folder: string): void;
