/**
 * Grows one regression tree on binned data, as scikit-learn 1.2's `TreeGrower`: best-first (the
 * splittable node with the largest gain is split next, in a binary heap that pops equal gains in
 * Python `heapq` order), until `maxLeafNodes` leaves, `maxDepth`, or no node has a positive-gain split
 * (`minSamplesLeaf`, min hessian). Each node owns a range of one row-index partition array, split
 * stably in place; the smaller child's histograms are built and the larger's subtracted from the
 * parent's. The grower keeps its buffers from tree to tree, so growing allocates almost nothing.
 */
import type { BinnedMatrix } from './gbt-binning.js';
import { buildHistogram, histogramLayout, subtractHistogram, type HistogramLayout } from './gbt-histogram.js';
import { findBestSplit, type Split, type SplitSettings } from './gbt-splitter.js';
import type { Tree } from './model-types.js';

export interface GrowerSettings extends SplitSettings {
  readonly maxLeafNodes: number;
  readonly maxDepth: number | null;
  /** Multiplies the leaf values (the learning rate). */
  readonly shrinkage: number;
}

/** scikit-learn's `min_hessian_to_split`, also applied to the root. */
const MIN_HESSIAN_TO_SPLIT = 1e-3;

class GrowerNode {
  hist: Float64Array | null = null;
  split: Split | null = null;
  left: GrowerNode | null = null;
  right: GrowerNode | null = null;

  constructor(
    readonly start: number,
    readonly stop: number,
    readonly depth: number,
    readonly sumGradients: number,
    readonly sumHessians: number,
    /** The node's value before shrinkage (−G / (H + l2)); 0 at the root, as scikit-learn. */
    readonly value: number
  ) {}

  get count(): number {
    return this.stop - this.start;
  }
}

export class TreeGrower {
  private readonly layout: HistogramLayout;
  /** Row indices; each node owns `partition[start..stop)`. */
  private readonly partition: Uint32Array;
  private readonly rightBuffer: Uint32Array;
  private readonly orderedGradients: Float32Array;
  private readonly orderedHessians: Float32Array;
  /** Per bin code of the feature being split: 1 if its rows go right. */
  private readonly goesRight = new Uint8Array(256);
  private readonly freeHistograms: Float64Array[] = [];
  private heap: GrowerNode[] = [];
  private leaves: GrowerNode[] = [];

  constructor(
    private readonly data: BinnedMatrix,
    private readonly settings: GrowerSettings
  ) {
    this.layout = histogramLayout(data);
    this.partition = new Uint32Array(data.rows);
    this.rightBuffer = new Uint32Array(data.rows);
    this.orderedGradients = new Float32Array(data.rows);
    this.orderedHessians = new Float32Array(data.rows);
    if (settings.constantHessian) this.orderedHessians.fill(1);
  }

  /**
   * Grows a tree on `gradients`/`hessians` (one value per row), adds its leaf values to `raw` (one
   * value per row) and returns it with float32 thresholds from the binning edges.
   */
  grow(gradients: Float32Array, hessians: Float32Array, raw: Float64Array): Tree {
    const { data, settings, partition } = this;
    const rows = data.rows;
    for (let i = 0; i < rows; i++) partition[i] = i;
    this.heap = [];
    this.leaves = [];

    let sumGradients = 0;
    for (let i = 0; i < rows; i++) sumGradients += gradients[i];
    let sumHessians = rows;
    if (!settings.constantHessian) {
      sumHessians = 0;
      for (let i = 0; i < rows; i++) sumHessians += hessians[i];
    }
    const root = new GrowerNode(0, rows, 0, sumGradients, sumHessians, 0);
    if (rows < 2 * settings.minSamplesLeaf || sumHessians < MIN_HESSIAN_TO_SPLIT) {
      this.leaves.push(root);
    } else {
      this.buildHistogram(root, gradients, hessians);
      this.findSplitAndPush(root);
    }
    while (this.heap.length > 0) this.splitNext(gradients, hessians);

    for (const leaf of this.leaves) {
      const value = leaf.value * settings.shrinkage;
      for (let i = leaf.start; i < leaf.stop; i++) raw[partition[i]] += value;
    }
    return this.toTree(root);
  }

  private splitNext(gradients: Float32Array, hessians: Float32Array): void {
    const { settings } = this;
    const node = heapPop(this.heap);
    const split = node.split!;
    const leftCount = this.partitionNode(node, split);
    const depth = node.depth + 1;
    const left = new GrowerNode(
      node.start,
      node.start + leftCount,
      depth,
      split.sumGradientLeft,
      split.sumHessianLeft,
      split.valueLeft
    );
    const right = new GrowerNode(
      node.start + leftCount,
      node.stop,
      depth,
      split.sumGradientRight,
      split.sumHessianRight,
      split.valueRight
    );
    node.left = left;
    node.right = right;
    // No missing values in training: unseen missing values follow the majority (scikit-learn).
    if (!this.data.hasMissing[split.feature]) split.missingLeft = left.count > right.count;
    const parentHist = node.hist!;
    node.hist = null;

    const leafNodes = this.leaves.length + this.heap.length + 2;
    if (leafNodes === settings.maxLeafNodes) {
      this.leaves.push(left, right);
      for (let k = this.heap.length - 1; k >= 0; k--) this.finalize(this.heap[k]);
      this.heap = [];
    } else if (settings.maxDepth !== null && depth === settings.maxDepth) {
      this.leaves.push(left, right);
    } else {
      const splitLeft = left.count >= 2 * settings.minSamplesLeaf;
      const splitRight = right.count >= 2 * settings.minSamplesLeaf;
      if (!splitLeft) this.leaves.push(left);
      if (!splitRight) this.leaves.push(right);
      if (splitLeft || splitRight) {
        const [smaller, larger] = left.count < right.count ? [left, right] : [right, left];
        const smallerHist = this.buildHistogram(smaller, gradients, hessians);
        larger.hist = this.acquire();
        subtractHistogram(larger.hist, parentHist, smallerHist);
        if (splitLeft) this.findSplitAndPush(left);
        else this.release(left);
        if (splitRight) this.findSplitAndPush(right);
        else this.release(right);
      }
    }
    this.freeHistograms.push(parentHist);
  }

  /** The node's histograms; past the root, its gradients and hessians are gathered first. */
  private buildHistogram(node: GrowerNode, gradients: Float32Array, hessians: Float32Array): Float64Array {
    const { partition, orderedGradients, orderedHessians, settings } = this;
    const hist = this.acquire();
    node.hist = hist;
    const at = partition.subarray(node.start, node.stop);
    if (node.depth === 0) {
      // Every row in order: no need to gather.
      const h = settings.constantHessian ? orderedHessians : hessians;
      buildHistogram(hist, this.layout, at, gradients, h);
      return hist;
    }
    const n = at.length;
    for (let i = 0; i < n; i++) orderedGradients[i] = gradients[at[i]];
    if (!settings.constantHessian) for (let i = 0; i < n; i++) orderedHessians[i] = hessians[at[i]];
    buildHistogram(hist, this.layout, at, orderedGradients, orderedHessians);
    return hist;
  }

  /**
   * Stable partition of the node's rows: bins 0..split.bin (and missing, if it goes left) first.
   * Branch-free (a row is written to both sides, and a lookup table says which write counts): the
   * side is as good as random, so a branch on it would be mispredicted half the time.
   */
  private partitionNode(node: GrowerNode, split: Split): number {
    const { partition, rightBuffer, data, goesRight } = this;
    const f = split.feature;
    const column = data.codes.subarray(f * data.rows, (f + 1) * data.rows);
    goesRight.fill(0, 0, split.bin + 1);
    goesRight.fill(1, split.bin + 1);
    if (split.missingLeft) goesRight[data.nonMissingBins[f]] = 0;
    let l = node.start;
    let r = 0;
    for (let i = node.start; i < node.stop; i++) {
      const row = partition[i];
      const right = goesRight[column[row]];
      partition[l] = row;
      rightBuffer[r] = row;
      l += 1 - right;
      r += right;
    }
    partition.set(rightBuffer.subarray(0, r), l);
    return l - node.start;
  }

  private findSplitAndPush(node: GrowerNode): void {
    const split = findBestSplit(
      node.hist!,
      this.data,
      this.layout,
      node.count,
      node.sumGradients,
      node.sumHessians,
      node.value,
      this.settings
    );
    if (split === null) {
      this.finalize(node);
    } else {
      node.split = split;
      heapPush(this.heap, node);
    }
  }

  private finalize(node: GrowerNode): void {
    node.split = null;
    this.release(node);
    this.leaves.push(node);
  }

  private release(node: GrowerNode): void {
    if (node.hist !== null) this.freeHistograms.push(node.hist);
    node.hist = null;
  }

  private acquire(): Float64Array {
    return this.freeHistograms.pop() ?? new Float64Array(this.layout.size);
  }

  /** The tree's arrays, nodes numbered depth-first with the left subtree first (as scikit-learn). */
  private toTree(root: GrowerNode): Tree {
    const nodes: GrowerNode[] = [];
    const order = (node: GrowerNode): void => {
      nodes.push(node);
      if (node.left !== null && node.right !== null) {
        order(node.left);
        order(node.right);
      }
    };
    order(root);
    const n = nodes.length;
    const tree = {
      feature: new Int32Array(n),
      threshold: new Float32Array(n),
      left: new Int32Array(n),
      right: new Int32Array(n),
      missingLeft: new Uint8Array(n),
      value: new Float64Array(n)
    };
    const index = new Map(nodes.map((node, i) => [node, i]));
    const { edges, nonMissingBins } = this.data;
    for (let i = 0; i < n; i++) {
      const node = nodes[i];
      const split = node.split;
      if (node.left === null || node.right === null || split === null) {
        tree.feature[i] = -1;
        tree.left[i] = -1;
        tree.right[i] = -1;
        tree.value[i] = node.value * this.settings.shrinkage;
        continue;
      }
      const f = split.feature;
      tree.feature[i] = f;
      // The last non-missing bin going left splits off the missing values only: every number goes left.
      tree.threshold[i] = split.bin === nonMissingBins[f] - 1 ? Infinity : edges[f][split.bin];
      tree.left[i] = index.get(node.left)!;
      tree.right[i] = index.get(node.right)!;
      tree.missingLeft[i] = split.missingLeft ? 1 : 0;
    }
    return tree;
  }
}

/** Heap order: larger gain first (scikit-learn's `TreeNode.__lt__`). */
function before(a: GrowerNode, b: GrowerNode): boolean {
  return a.split!.gain > b.split!.gain;
}

/** Python's `heapq.heappush`. */
function heapPush(heap: GrowerNode[], node: GrowerNode): void {
  heap.push(node);
  siftDown(heap, 0, heap.length - 1);
}

/** Python's `heapq.heappop`. */
function heapPop(heap: GrowerNode[]): GrowerNode {
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0);
  return top;
}

function siftDown(heap: GrowerNode[], startPos: number, pos: number): void {
  const item = heap[pos];
  while (pos > startPos) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!before(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

function siftUp(heap: GrowerNode[], pos: number): void {
  const end = heap.length;
  const startPos = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const rightChild = child + 1;
    if (rightChild < end && !before(heap[child], heap[rightChild])) child = rightChild;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, startPos, pos);
}
