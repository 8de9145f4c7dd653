import { describe, expect, it } from '@jest/globals';
import { release } from '../../shared/runtime/memory.js';

describe('release', () => {
  it('frees arrays that span their whole buffer: they are detached, length 0', () => {
    const floats = new Float64Array(1000).fill(1);
    const bytes = Buffer.alloc(64 * 1024, 7);
    release([floats, bytes]);
    expect([floats.length, floats.buffer.detached]).toEqual([0, true]);
    expect([bytes.length, bytes.buffer.detached]).toEqual([0, true]);
  });

  it('leaves a view of part of a buffer to its other views', () => {
    const whole = new Uint32Array(100).fill(3);
    const part = whole.subarray(10, 20);
    const tail = new Uint32Array(whole.buffer, 4, 99);
    release([part, tail]);
    expect([whole.length, part.length, tail.length]).toEqual([100, 10, 99]);
    expect(whole[99]).toBe(3);
  });

  it("leaves a small Buffer from Node's shared pool, and the Buffers beside it, alone", () => {
    const small = Buffer.from('abc');
    const neighbour = Buffer.from('xyz');
    expect(small.buffer).toBe(neighbour.buffer); // both carved from the pool
    release([small]);
    expect([small.toString(), neighbour.toString()]).toEqual(['abc', 'xyz']);
  });

  it('skips what is not an array, and arrays already freed', () => {
    const floats = new Float32Array(8);
    release([floats]);
    const texts = ['a', 'b'];
    release([undefined, null, texts, 42, floats]);
    expect(texts).toEqual(['a', 'b']);
    expect([floats.length, floats.buffer.detached]).toEqual([0, true]);
  });
});
