/**
 * The wire-level protobuf reader/writer behind ONNX parsing, and the ZipMap edit: everything it
 * does not remove survives byte for byte.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseModel } from '../../shared/model/onnx-proto.js';
import {
  bytesField,
  concat,
  encodeVarint,
  fields,
  packedInt64s,
  ProtobufError,
  readVarint,
  varintField
} from '../../shared/model/protobuf.js';
import { removeZipMaps } from '../../shared/model/zipmap.js';
import { fixture } from './helpers.js';

describe('varints', () => {
  it('encode as protobuf does, negative int64 in ten bytes', () => {
    expect([...encodeVarint(0)]).toEqual([0]);
    expect([...encodeVarint(300)]).toEqual([0xac, 0x02]);
    expect([...encodeVarint(-1n)]).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  });

  it('read back every 64-bit value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (value) => {
        const bytes = encodeVarint(value);
        const [read, end] = readVarint(bytes, 0, bytes.length);
        expect(BigInt.asIntN(64, read)).toBe(value);
        expect(end).toBe(bytes.length);
      })
    );
  });

  it('name where a message breaks', () => {
    expect(() => [...fields(Uint8Array.from([0x08, 0x80]))]).toThrow(
      new ProtobufError('varint at byte 1 runs past the end')
    );
    expect(() => [...fields(Uint8Array.from([0x0b]))]).toThrow(
      new ProtobufError('field 1 at byte 0 has wire type 3')
    );
    expect(() => [...fields(Uint8Array.from([0x00, 0x01]))]).toThrow(
      new ProtobufError('field number 0 at byte 0')
    );
    expect(() => [...fields(Uint8Array.from([0x12, 0x05, 0x61]))]).toThrow(
      new ProtobufError('field 2 at byte 0 runs past the end (7 > 3)')
    );
  });

  it('read repeated int64s packed or one per field', () => {
    const packed = bytesField(8, concat([encodeVarint(3), encodeVarint(-2n), encodeVarint(2n ** 40n)]));
    expect(packedInt64s(packed, [...fields(packed)][0])).toEqual([3n, -2n, 2n ** 40n]);
    const single = varintField(8, -7n);
    expect(packedInt64s(single, [...fields(single)][0])).toEqual([-7n]);
  });
});

describe('removeZipMaps', () => {
  it('replaces the ZipMap output by its probability tensor and keeps every other byte', () => {
    const bytes = readFileSync(fixture('zipmap-strings.onnx'));
    const before = parseModel(bytes);
    const edit = removeZipMaps(bytes, before);
    const after = parseModel(edit.bytes);
    expect(after.metadata).toEqual(before.metadata);
    expect(after.opsets).toEqual(before.opsets);
    expect(after.irVersion).toBe(before.irVersion);
    expect(after.graph.nodes.map((node) => node.opType)).toEqual(['LinearClassifier']);
    expect(after.graph.outputs.map((output) => [output.name, output.type])).toEqual([
      ['output_label', { kind: 'tensor', elemType: 8, shape: ['N'] }],
      ['probabilities', { kind: 'tensor', elemType: 1, shape: ['N', 3] }]
    ]);
    // Outside the graph field nothing moved.
    expect(Buffer.from(edit.bytes.subarray(0, before.graphField.start))).toEqual(
      bytes.subarray(0, before.graphField.start)
    );
    expect(Buffer.from(edit.bytes.subarray(after.graphField.end))).toEqual(
      bytes.subarray(before.graphField.end)
    );
    // Inside it, the node that stays is byte-identical.
    const node = (info: typeof before, data: Uint8Array) => {
      const graph = data.subarray(info.graphField.valueStart, info.graphField.valueEnd);
      const field = info.graph.nodes[0].field;
      return Buffer.from(graph.subarray(field.start, field.end));
    };
    expect(node(after, edit.bytes)).toEqual(node(before, bytes));
  });

  it('leaves a model without ZipMap as it is', () => {
    const bytes = readFileSync(fixture('logreg-binary.onnx'));
    const edit = removeZipMaps(bytes, parseModel(bytes));
    expect(edit.bytes).toBe(bytes);
    expect(edit.removed).toEqual([]);
  });
});
